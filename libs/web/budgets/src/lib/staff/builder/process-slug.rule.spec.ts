import { SLUG_PATTERN, slugOf } from './process-slug.rule';

describe('slugOf', () => {
  it('makes a web address from a French title', () => {
    expect(slugOf('Budget participatif 2027 : à vous de décider !')).toBe('budget-participatif-2027-a-vous-de-decider');
  });

  it('spells out the joined letters', () => {
    expect(slugOf('Cœur de ville')).toBe('coeur-de-ville');
  });

  it('keeps at most 80 characters and never ends on a dash', () => {
    const slug = slugOf(`${'a'.repeat(79)} b`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(SLUG_PATTERN);
  });

  it('gives nothing for a title without letters or digits', () => {
    expect(slugOf('« ! »')).toBe('');
  });
});
