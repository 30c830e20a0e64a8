import { Rational, ratioToNumber } from './rational.value';

describe('Rational', () => {
  it('compares exactly where doubles cannot', () => {
    const third = new Rational(1n, 3n);
    const almost = new Rational(333333333333333333n, 1000000000000000000n);
    expect(third.compare(almost)).toBe(1);
    expect(third.add(third).add(third).equals(Rational.of(1))).toBe(true);
  });

  it('normalises the sign into the numerator', () => {
    expect(new Rational(1n, -2n).toString()).toBe('-1/2');
    expect(() => new Rational(1n, 0n)).toThrow(RangeError);
  });

  it('rounds half away from zero when writing decimals', () => {
    expect(new Rational(2n, 3n).toFixed(2)).toBe('0.67');
    expect(new Rational(1n, 8n).toFixed(2)).toBe('0.13');
    expect(new Rational(-1n, 8n).toFixed(2)).toBe('-0.13');
    expect(new Rational(-1n, 1000n).toFixed(2)).toBe('0.00');
    expect(Rational.of(12).toFixed(0)).toBe('12');
  });

  it('converts huge fractions to the nearest double without overflowing', () => {
    const big = 10n ** 400n;
    expect(ratioToNumber(big * 3n, big * 4n)).toBeCloseTo(0.75, 15);
    expect(new Rational(big, 7n * big).toNumber()).toBeCloseTo(1 / 7, 15);
  });
});
