/**
 * An exact decimal number: `units / 10^scale`. Costs, budgets and points are money or counts written
 * in base 10 (budgets like `1716138.17` exist), so binary floats would round them; a bigint of units
 * keeps them exact. The scale is kept as written ("4000.0" stays "4000.0") so a file re-written from
 * its parsed form says the same thing.
 */
export class Decimal {
  private constructor(
    /** The value multiplied by 10^scale. */
    readonly units: bigint,
    /** Number of digits after the decimal point. */
    readonly scale: number,
  ) {}

  static readonly ZERO = new Decimal(0n, 0);

  /** Builds `units / 10^scale`. */
  static of(units: bigint | number, scale = 0): Decimal {
    if (!Number.isInteger(scale) || scale < 0) throw new RangeError(`invalid decimal scale ${scale}`);
    return new Decimal(BigInt(units), scale);
  }

  /**
   * Parses `123`, `-4.50`, `.5`, `7.`. Returns null for anything else (no exponents, no thousands
   * separators): the caller decides how to report it.
   */
  static tryParse(text: string): Decimal | null {
    const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text.trim());
    if (!match) return null;
    const [, sign, whole, fraction = ''] = match;
    if (whole === '' && fraction === '') return null;
    const units = BigInt((whole || '0') + fraction);
    return new Decimal(sign === '-' ? -units : units, fraction.length);
  }

  /** Parses like {@link tryParse} and throws a RangeError naming the text otherwise. */
  static parse(text: string): Decimal {
    const value = Decimal.tryParse(text);
    if (value === null) throw new RangeError(`not a decimal number: "${text}"`);
    return value;
  }

  /** The same value written with `scale` digits after the point (scale must not drop digits). */
  withScale(scale: number): Decimal {
    if (scale === this.scale) return this;
    if (scale > this.scale) return new Decimal(this.units * 10n ** BigInt(scale - this.scale), scale);
    const factor = 10n ** BigInt(this.scale - scale);
    if (this.units % factor !== 0n) throw new RangeError(`${this.toString()} needs more than ${scale} decimals`);
    return new Decimal(this.units / factor, scale);
  }

  /** Units of this value at a given (larger or equal) scale. */
  unitsAt(scale: number): bigint {
    return this.withScale(scale).units;
  }

  add(other: Decimal): Decimal {
    const scale = Math.max(this.scale, other.scale);
    return new Decimal(this.unitsAt(scale) + other.unitsAt(scale), scale);
  }

  sub(other: Decimal): Decimal {
    const scale = Math.max(this.scale, other.scale);
    return new Decimal(this.unitsAt(scale) - other.unitsAt(scale), scale);
  }

  compare(other: Decimal): -1 | 0 | 1 {
    const scale = Math.max(this.scale, other.scale);
    const a = this.unitsAt(scale);
    const b = other.unitsAt(scale);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  equals(other: Decimal): boolean {
    return this.compare(other) === 0;
  }

  isZero(): boolean {
    return this.units === 0n;
  }

  isNegative(): boolean {
    return this.units < 0n;
  }

  /** Nearest double, for display and heuristics only. */
  toNumber(): number {
    return Number(this.toString());
  }

  /** The value as written, with exactly `scale` decimals ("4000.0"). */
  toString(): string {
    const negative = this.units < 0n;
    const digits = (negative ? -this.units : this.units).toString().padStart(this.scale + 1, '0');
    const whole = digits.slice(0, digits.length - this.scale);
    const fraction = digits.slice(digits.length - this.scale);
    return (negative ? '-' : '') + whole + (this.scale > 0 ? '.' + fraction : '');
  }

  /** The shortest exact writing, without trailing zeros ("4000.0" → "4000", "0.50" → "0.5"). */
  toPlainString(): string {
    let { units, scale } = this;
    while (scale > 0 && units % 10n === 0n) {
      units /= 10n;
      scale -= 1;
    }
    return new Decimal(units, scale).toString();
  }

  toJSON(): string {
    return this.toString();
  }

  /** Sum of many decimals, exact. */
  static sum(values: Iterable<Decimal>): Decimal {
    let total = Decimal.ZERO;
    for (const value of values) total = total.add(value);
    return total;
  }
}
