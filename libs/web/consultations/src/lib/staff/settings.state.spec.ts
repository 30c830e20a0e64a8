import type { Territory } from '@agora/contracts';

import {
  EMPTY_SETTINGS,
  isoToLocal,
  localToIso,
  manageableTerritories,
  quartiersUnder,
  requestOf,
  slugify,
} from './settings.state';

const territory = (id: string, parentId: string | null, kind: Territory['kind']): Territory => ({
  id,
  parentId,
  name: id,
  slug: id,
  kind,
  inseeCode: null,
  hasBoundary: false,
});
const tree = [
  territory('metro', null, 'metropole'),
  territory('beaulieu', 'metro', 'commune'),
  territory('tilleuls', 'beaulieu', 'quartier'),
  territory('roche', 'metro', 'commune'),
  territory('gare', 'roche', 'quartier'),
];

describe('consultation settings', () => {
  it('makes a URL name from a French title', () => {
    expect(slugify('Rénovation de la halle du marché !')).toBe('renovation-de-la-halle-du-marche');
  });

  it('turns a local date and time into ISO and back', () => {
    const iso = localToIso('2026-05-01T09:30');
    expect(iso).not.toBeNull();
    expect(isoToLocal(iso)).toBe('2026-05-01T09:30');
    expect(localToIso('')).toBeNull();
  });

  it('sends the quartiers only when the audience is limited to quartiers', () => {
    const form = { ...EMPTY_SETTINGS, title: 'Halle', quartierIds: ['tilleuls'] };
    expect(requestOf(form, []).quartierIds).toEqual([]);
    expect(requestOf({ ...form, audience: 'quartiers' }, []).quartierIds).toEqual(['tilleuls']);
  });

  it('derives the URL name from the title when none was typed', () => {
    expect(requestOf({ ...EMPTY_SETTINGS, title: 'Sens unique rue Haute' }, []).slug).toBe(
      'sens-unique-rue-haute',
    );
  });

  it('offers the territories under a role, quartiers excepted', () => {
    expect(manageableTerritories(tree, ['beaulieu']).map((t) => t.id)).toEqual(['beaulieu']);
    expect(manageableTerritories(tree, ['metro']).map((t) => t.id)).toEqual(['metro', 'beaulieu', 'roche']);
  });

  it('lists the quartiers inside a territory at any depth', () => {
    expect(quartiersUnder(tree, 'metro').map((t) => t.id)).toEqual(['tilleuls', 'gare']);
    expect(quartiersUnder(tree, 'roche').map((t) => t.id)).toEqual(['gare']);
  });
});
