import { SLUG_PATTERN } from '@agora/contracts';

export const SLUG_MAX_LENGTH = 80;

/**
 * A URL-safe slug from a French name: "Saint-Étienne-du-Rouvray" → "saint-etienne-du-rouvray",
 * "Cœur de Ville" → "coeur-de-ville". Returns null when nothing usable is left (e.g. "—").
 */
export function slugify(name: string): string | null {
  const slug = name
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'Oe')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'Ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/g, '');
  return SLUG_PATTERN.test(slug) ? slug : null;
}
