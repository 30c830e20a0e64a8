/** Amounts as people read them: "200 000 €" in French, "€200,000" in English; cents only when there are some. */
export function euros(cents: number, lang: 'fr' | 'en'): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(cents / 100);
}
