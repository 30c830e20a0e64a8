import type { Locale } from '@agora/contracts';

// Written by hand rather than through Intl.NumberFormat: a browser builds its first number format in
// 20–30 ms (it loads the locale's data), on the main thread, while a page starts (issue 7: a slow
// phone's first load). The output is Intl's, character for character (money.format.spec.ts checks
// it), except that a value rounding to zero has no minus sign: French groups thousands with a narrow
// no-break space and puts a no-break space before € and %.
const NARROW_NBSP = '\u202f';
const NBSP = '\u00a0';

function groupThousands(whole: string, separator: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Cents as euros for people: "120 000 €", or "1 250,50 €" when there are cents. */
export function formatEuros(cents: number, locale: Locale): string {
  const rounded = Math.round(Math.abs(cents));
  const sign = cents < 0 && rounded !== 0 ? '-' : '';
  const whole = String(Math.floor(rounded / 100));
  const rest = rounded % 100;
  if (locale === 'fr') {
    const decimals = rest === 0 ? '' : `,${String(rest).padStart(2, '0')}`;
    return `${sign}${groupThousands(whole, NARROW_NBSP)}${decimals}${NBSP}€`;
  }
  const decimals = rest === 0 ? '' : `.${String(rest).padStart(2, '0')}`;
  return `${sign}€${groupThousands(whole, ',')}${decimals}`;
}

/** A share as a percentage for people, to one decimal at most: "42,5 %". */
export function formatPercent(share: number, locale: Locale): string {
  // Tenths of a percent, rounded half away from zero on the decimal value, as Intl does (0.4255 → 42.6,
  // although 0.4255 × 1000 is 425.49999… in binary).
  const tenths = Math.round(Number((Math.abs(share) * 1000).toPrecision(12)));
  const sign = share < 0 && tenths !== 0 ? '-' : '';
  const whole = String(Math.floor(tenths / 10));
  const tenth = tenths % 10;
  if (locale === 'fr') {
    return `${sign}${groupThousands(whole, NARROW_NBSP)}${tenth ? `,${tenth}` : ''}${NBSP}%`;
  }
  return `${sign}${groupThousands(whole, ',')}${tenth ? `.${tenth}` : ''}%`;
}
