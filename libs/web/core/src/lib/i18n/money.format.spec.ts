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

describe('money for people, character for character as Intl writes it', () => {
  const intlEuros = (cents: number, locale: 'fr' | 'en') => {
    const digits = cents % 100 === 0 ? 0 : 2;
    return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(cents / 100);
  };
  const intlPercent = (share: number, locale: 'fr' | 'en') =>
    new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
      style: 'percent',
      maximumFractionDigits: 1,
    }).format(share);

  const cents = [
    0, 1, 5, 99, 100, 101, 999, 1_000, 12_345, 99_999, 100_000, 125_050, 12_000_000, 123_456_789,
    98_765_432_100,
  ];
  it.each(['fr', 'en'] as const)('euros in %s', (locale) => {
    for (const value of [...cents, ...cents.filter((c) => c > 0).map((c) => -c)]) {
      expect(formatEuros(value, locale)).toBe(intlEuros(value, locale));
    }
  });

  it.each(['fr', 'en'] as const)('percentages in %s', (locale) => {
    const shares = [
      0, 0.0004, 0.0005, 0.001, 0.4255, 0.425, 0.5, 0.9999, 1, 12.345, 0.123449, -0.25, -0.0005, -0.42,
    ];
    for (let i = 0; i <= 2_000; i++) shares.push(i / 1_999, (i * 7) / 3_000);
    for (const share of shares) expect(formatPercent(share, locale)).toBe(intlPercent(share, locale));
  });
});
