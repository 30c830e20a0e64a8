/** A contact given as free text becomes a link when it is an e-mail address or a web address. */
export function contactHref(contact: string | null | undefined): string | null {
  const value = contact?.trim();
  if (!value) return null;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return `mailto:${value}`;
  if (/^https?:\/\/[^\s]+$/i.test(value)) return value;
  return null;
}
