/** Euros as typed in France or England ("1 250,50" or "1250.50"), in cents; NaN when unreadable. */
export function eurosToCents(text: string): number {
  const normalised = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normalised)) return Number.NaN;
  return Math.round(Number(normalised) * 100);
}
