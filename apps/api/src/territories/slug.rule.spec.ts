import { slugify } from './slug.rule';

describe('slugify', () => {
  it('removes accents and lowers the case', () => {
    expect(slugify('Saint-Étienne-du-Rouvray')).toBe('saint-etienne-du-rouvray');
  });

  it('spells ligatures out', () => {
    expect(slugify('Cœur de Ville')).toBe('coeur-de-ville');
  });

  it('turns apostrophes and spaces into single dashes', () => {
    expect(slugify("L’Île d'Yeu  —  Port")).toBe('l-ile-d-yeu-port');
  });

  it('gives null when nothing usable is left', () => {
    expect(slugify(' — ')).toBeNull();
  });

  it('keeps at most 80 characters and never ends on a dash', () => {
    const slug = slugify('a'.repeat(79) + ' b c');
    expect(slug).toBe('a'.repeat(79));
  });
});
