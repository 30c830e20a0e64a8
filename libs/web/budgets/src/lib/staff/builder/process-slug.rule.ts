/**
 * The web address of a process from its title, as the API accepts it (lower-case letters, digits and
 * single dashes, 80 characters at most): "Budget participatif 2027 !" → "budget-participatif-2027".
 */
export function slugOf(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** The pattern of the API (CreateProcessRequest.slug). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
