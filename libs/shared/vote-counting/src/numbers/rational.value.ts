/**
 * An exact fraction of bigints, `num / den` with `den > 0`.
 *
 * Fractions are deliberately not reduced after each operation: the Method of Equal Shares builds
 * denominators that are products of many round-specific factors, and a gcd on numbers of thousands
 * of digits costs far more than the cross-multiplications that comparisons need. Call
 * {@link Rational.reduced} before showing a value.
 */
export class Rational {
  readonly num: bigint;
  readonly den: bigint;

  constructor(num: bigint, den: bigint = 1n) {
    if (den === 0n) throw new RangeError('zero denominator');
    if (den < 0n) {
      num = -num;
      den = -den;
    }
    this.num = num;
    this.den = den;
  }

  static readonly ZERO = new Rational(0n, 1n);

  static of(value: bigint | number): Rational {
    return new Rational(BigInt(value), 1n);
  }

  add(other: Rational): Rational {
    if (this.den === other.den) return new Rational(this.num + other.num, this.den);
    return new Rational(this.num * other.den + other.num * this.den, this.den * other.den);
  }

  sub(other: Rational): Rational {
    if (this.den === other.den) return new Rational(this.num - other.num, this.den);
    return new Rational(this.num * other.den - other.num * this.den, this.den * other.den);
  }

  mul(other: Rational): Rational {
    return new Rational(this.num * other.num, this.den * other.den);
  }

  mulInt(factor: bigint): Rational {
    return new Rational(this.num * factor, this.den);
  }

  div(other: Rational): Rational {
    if (other.num === 0n) throw new RangeError('division by zero');
    return new Rational(this.num * other.den, this.den * other.num);
  }

  divInt(divisor: bigint): Rational {
    if (divisor === 0n) throw new RangeError('division by zero');
    return new Rational(this.num, this.den * divisor);
  }

  compare(other: Rational): -1 | 0 | 1 {
    const left = this.num * other.den;
    const right = other.num * this.den;
    return left < right ? -1 : left > right ? 1 : 0;
  }

  equals(other: Rational): boolean {
    return this.compare(other) === 0;
  }

  sign(): -1 | 0 | 1 {
    return this.num < 0n ? -1 : this.num > 0n ? 1 : 0;
  }

  min(other: Rational): Rational {
    return this.compare(other) <= 0 ? this : other;
  }

  reduced(): Rational {
    const divisor = gcd(this.num < 0n ? -this.num : this.num, this.den);
    return divisor <= 1n ? this : new Rational(this.num / divisor, this.den / divisor);
  }

  /**
   * The nearest double, within a few ulps, even when numerator and denominator have thousands of
   * digits (Number(bigint) alone would overflow to Infinity).
   */
  toNumber(): number {
    return ratioToNumber(this.num, this.den);
  }

  /** Decimal writing rounded half away from zero to `decimals` digits ("12.35"). */
  toFixed(decimals: number): string {
    const factor = 10n ** BigInt(decimals);
    const negative = this.num < 0n;
    const absolute = negative ? -this.num : this.num;
    const scaled = (absolute * factor * 2n + this.den) / (2n * this.den);
    const digits = scaled.toString().padStart(decimals + 1, '0');
    const whole = digits.slice(0, digits.length - decimals);
    const fraction = digits.slice(digits.length - decimals);
    const text = whole + (decimals > 0 ? '.' + fraction : '');
    return negative && scaled !== 0n ? '-' + text : text;
  }

  toString(): string {
    const value = this.reduced();
    return value.den === 1n ? value.num.toString() : `${value.num}/${value.den}`;
  }
}

export function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function bitLength(value: bigint): number {
  return value === 0n ? 0 : value.toString(2).length;
}

/** num/den as a double: both are shifted down to at most 64 significant bits before dividing. */
export function ratioToNumber(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  const negative = num < 0n !== den < 0n;
  let n = num < 0n ? -num : num;
  let d = den < 0n ? -den : den;
  const nBits = bitLength(n);
  const dBits = bitLength(d);
  let exponent = 0;
  if (nBits > 64) {
    exponent += nBits - 64;
    n >>= BigInt(nBits - 64);
  }
  if (dBits > 64) {
    exponent -= dBits - 64;
    d >>= BigInt(dBits - 64);
  }
  const value = (Number(n) / Number(d)) * 2 ** exponent;
  return negative ? -value : value;
}
