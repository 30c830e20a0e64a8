import type { Locale } from '@agora/contracts';

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', options);
    formats.set(key, format);
  }
  return format;
}

/** Cents as euros for people: "120 000 €", or "1 250,50 €" when there are cents. */
export function formatEuros(cents: number, locale: Locale): string {
  const digits = cents % 100 === 0 ? 0 : 2;
  return numberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(cents / 100);
}

/** A share as a percentage for people: "42,5 %". */
export function formatPercent(share: number, locale: Locale): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}
