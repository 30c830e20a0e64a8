import { isIsoDate } from './date.rule';

describe('isIsoDate', () => {
  it('accepts a real date', () => {
    expect(isIsoDate('2025-06-15')).toBe(true);
  });

  it('accepts the 29th of February of a leap year', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it('refuses the 29th of February of a common year', () => {
    expect(isIsoDate('2025-02-29')).toBe(false);
  });

  it('refuses the 31st of April', () => {
    expect(isIsoDate('2025-04-31')).toBe(false);
  });

  it('refuses a French-style date', () => {
    expect(isIsoDate('15/06/2025')).toBe(false);
  });

  it('refuses a date with a time', () => {
    expect(isIsoDate('2025-06-15T10:00:00Z')).toBe(false);
  });
});
