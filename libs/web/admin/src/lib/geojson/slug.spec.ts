import { slugFrom } from './slug';

describe('slugFrom', () => {
  it('drops accents and joins words with hyphens', () => {
    expect(slugFrom('Île de Nantes — Ouest')).toBe('ile-de-nantes-ouest');
  });

  it('spells out ligatures', () => {
    expect(slugFrom('Cœur de ville')).toBe('coeur-de-ville');
  });

  it('keeps at most 80 characters without a trailing hyphen', () => {
    const slug = slugFrom(`${'a'.repeat(79)} b`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
});
