const formats = new Map<string, Intl.NumberFormat>();

/** Amounts as people read them: "200 000 €" in French, "€200,000" in English; cents only when there are some. */
export function euros(cents: number, lang: 'fr' | 'en'): string {
  const digits = cents % 100 === 0 ? 0 : 2;
  // Built once per language and precision: building an Intl.NumberFormat costs far more than using one,
  // and ballot violations and explanations write many amounts.
  const key = `${lang}:${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formats.set(key, format);
  }
  return format.format(cents / 100);
}
