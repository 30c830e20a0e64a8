import type { Locale } from '@agora/contracts';

// Written by hand rather than through Intl.DateTimeFormat, which costs a browser 5–25 ms the first
// time (it loads the locale's data) on the main thread while a page starts (issue 7). The output is
// Intl's "long" date and "medium" date with "short" time, character for character
// (date.format.spec.ts checks it), in the device's time zone as Intl's default, or in the given one
// (on the server, where Intl is already warm).
const MONTHS: Record<Locale, { long: readonly string[]; short: readonly string[] }> = {
  fr: {
    long: [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ],
    short: [
      'janv.',
      'févr.',
      'mars',
      'avr.',
      'mai',
      'juin',
      'juil.',
      'août',
      'sept.',
      'oct.',
      'nov.',
      'déc.',
    ],
  },
  en: {
    long: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
  },
};

const twoDigits = (value: number) => String(value).padStart(2, '0');

interface DateParts {
  year: number;
  /** 0–11, as Date's. */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

function partsOf(date: Date, timeZone: string | null): DateParts {
  if (!timeZone) {
    return {
      year: date.getFullYear(),
      month: date.getMonth(),
      day: date.getDate(),
      hour: date.getHours(),
      minute: date.getMinutes(),
    };
  }
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    zoneFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
  return {
    year: Number(parts['year']),
    month: Number(parts['month']) - 1,
    day: Number(parts['day']),
    hour: Number(parts['hour']) % 24,
    minute: Number(parts['minute']),
  };
}

/** "6 décembre 2026" / "6 December 2026". */
export function formatLongDate(date: Date, locale: Locale, timeZone: string | null = null): string {
  const { year, month, day } = partsOf(date, timeZone);
  return `${day} ${MONTHS[locale].long[month]} ${year}`;
}

/** "6 déc. 2026, 14:30" / "6 Dec 2026, 14:30". */
export function formatDateTime(date: Date, locale: Locale, timeZone: string | null = null): string {
  const { year, month, day, hour, minute } = partsOf(date, timeZone);
  return `${day} ${MONTHS[locale].short[month]} ${year}, ${twoDigits(hour)}:${twoDigits(minute)}`;
}
