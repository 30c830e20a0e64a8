import { Decimal } from './decimal.value';

describe('Decimal', () => {
  it('parses integers, decimals and signs exactly', () => {
    expect(Decimal.parse('1716138.17')).toEqual(Decimal.of(171613817n, 2));
    expect(Decimal.parse('-4.50').toString()).toBe('-4.50');
    expect(Decimal.parse('.5').toString()).toBe('0.5');
    expect(Decimal.parse(' 7 ').toString()).toBe('7');
  });

  it('refuses what is not a plain decimal', () => {
    for (const text of ['', '1e3', '1,5', 'abc', '1.2.3', '-', '.']) expect(Decimal.tryParse(text)).toBeNull();
    expect(() => Decimal.parse('x')).toThrow('not a decimal number: "x"');
  });

  it('keeps the scale as written and drops it on demand', () => {
    expect(Decimal.parse('4000.0').toString()).toBe('4000.0');
    expect(Decimal.parse('4000.0').toPlainString()).toBe('4000');
    expect(Decimal.parse('0.50').toPlainString()).toBe('0.5');
  });

  it('adds, subtracts and compares across scales without rounding', () => {
    const a = Decimal.parse('0.1');
    const b = Decimal.parse('0.2');
    expect(a.add(b).equals(Decimal.parse('0.3'))).toBe(true);
    expect(Decimal.parse('10').sub(Decimal.parse('0.01')).toString()).toBe('9.99');
    expect(Decimal.parse('2.5').compare(Decimal.parse('2.50'))).toBe(0);
    expect(Decimal.parse('-1').compare(Decimal.parse('0.001'))).toBe(-1);
  });

  it('refuses to drop significant digits when rescaling', () => {
    expect(Decimal.parse('1.25').withScale(4).toString()).toBe('1.2500');
    expect(() => Decimal.parse('1.25').withScale(1)).toThrow(RangeError);
  });
});
