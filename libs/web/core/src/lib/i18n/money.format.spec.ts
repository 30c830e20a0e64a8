import { formatEuros, formatPercent } from './money.format';

// Intl writes French thousands with a narrow no-break space and a no-break space before €.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('money for people', () => {
  it('writes whole euros without cents in French', () => {
    expect(plain(formatEuros(12_000_000, 'fr'))).toBe('120 000 €');
  });

  it('keeps the cents when there are some', () => {
    expect(plain(formatEuros(125_050, 'fr'))).toBe('1 250,50 €');
  });

  it('writes euros the English way in English', () => {
    expect(formatEuros(12_000_000, 'en')).toBe('€120,000');
  });

  it('writes a share as a percentage', () => {
    expect(plain(formatPercent(0.425, 'fr'))).toBe('42,5 %');
  });
});
