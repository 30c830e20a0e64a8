import { formatDateTime, formatLongDate } from './date.format';

describe('dates for people, character for character as Intl writes them', () => {
  const intl = (locale: 'fr' | 'en', options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', options);

  // Every day of a leap year and a common one, at hours that cross midnight and daylight saving.
  const dates: Date[] = [];
  for (const year of [2024, 2026]) {
    for (let day = 0; day < 366; day++)
      dates.push(new Date(year, 0, 1 + day, (day * 7) % 24, (day * 13) % 60));
  }

  it.each(['fr', 'en'] as const)('long dates in %s', (locale) => {
    const format = intl(locale, { dateStyle: 'long' });
    for (const date of dates) expect(formatLongDate(date, locale)).toBe(format.format(date));
  });

  it.each(['fr', 'en'] as const)('dates with a time in %s', (locale) => {
    const format = intl(locale, { dateStyle: 'medium', timeStyle: 'short' });
    for (const date of dates) expect(formatDateTime(date, locale)).toBe(format.format(date));
  });

  it('writes the examples people see', () => {
    const date = new Date(2026, 11, 6, 9, 5);
    expect(formatLongDate(date, 'fr')).toBe('6 décembre 2026');
    expect(formatDateTime(date, 'fr')).toBe('6 déc. 2026, 09:05');
    expect(formatDateTime(date, 'en')).toBe('6 Dec 2026, 09:05');
  });

  it.each(['Europe/Paris', 'Indian/Reunion', 'America/Guadeloupe', 'UTC'])(
    'in the time zone %s',
    (timeZone) => {
      for (const locale of ['fr', 'en'] as const) {
        const long = intl(locale, { dateStyle: 'long', timeZone });
        const withTime = intl(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
        for (const date of dates) {
          expect(formatLongDate(date, locale, timeZone)).toBe(long.format(date));
          expect(formatDateTime(date, locale, timeZone)).toBe(withTime.format(date));
        }
      }
    },
  );

  it("writes a vote closing at midnight in Paris on its French day, whatever the server's zone", () => {
    const closing = new Date('2026-03-31T22:00:00Z');
    expect(formatDateTime(closing, 'fr', 'Europe/Paris')).toBe('1 avr. 2026, 00:00');
    expect(formatLongDate(closing, 'fr', 'Europe/Paris')).toBe('1 avril 2026');
  });
});
