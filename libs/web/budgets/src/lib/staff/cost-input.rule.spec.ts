import { eurosToCents } from './cost-input.rule';

describe('eurosToCents', () => {
  it('reads a French amount with a comma and spaces', () => {
    expect(eurosToCents('1 250,50')).toBe(125050);
  });

  it('reads an English amount with a point and a euro sign', () => {
    expect(eurosToCents('1250.5 €')).toBe(125050);
  });

  it('refuses a negative or unreadable amount', () => {
    expect(eurosToCents('-3')).toBeNaN();
    expect(eurosToCents('beaucoup')).toBeNaN();
  });
});
