import { checkBoundary } from '../territories/geojson.rule';
import { boundingBox, pointInBoundary } from '../territories/point-in-polygon.rule';
import { canNest } from '../territories/territory-kind.rule';
import { DEMO_METROPOLE_SLUG, demoTerritories } from './demo-territories.data';

const territories = demoTerritories();
const metropole = territories.find((t) => t.slug === DEMO_METROPOLE_SLUG)!;
const communes = territories.filter((t) => t.kind === 'commune');
const quartiersOf = (slug: string) => territories.filter((t) => t.parentSlug === slug);

/** A grid with an irrational step, so that no sample falls exactly on a border. */
function samples(): Array<[number, number]> {
  const box = boundingBox(metropole.boundary);
  const points: Array<[number, number]> = [];
  for (let lng = box.minLng - 0.01; lng <= box.maxLng + 0.01; lng += 0.0031415) {
    for (let lat = box.minLat - 0.01; lat <= box.maxLat + 0.01; lat += 0.0027183) points.push([lng, lat]);
  }
  return points;
}

describe('demo territories', () => {
  it('has a métropole with three communes of three or four quartiers each', () => {
    expect(metropole.name).toBe('Métropole de Démo');
    expect(communes).toHaveLength(3);
    for (const commune of communes) expect(quartiersOf(commune.slug).length).toBeGreaterThanOrEqual(3);
    for (const commune of communes) expect(quartiersOf(commune.slug).length).toBeLessThanOrEqual(4);
  });

  it('has valid boundaries, unique slugs and sensible nesting', () => {
    const bySlug = new Map(territories.map((t) => [t.slug, t]));
    expect(bySlug.size).toBe(territories.length);
    for (const territory of territories) {
      expect(checkBoundary(territory.boundary).ok).toBe(true);
      const parent = territory.parentSlug ? bySlug.get(territory.parentSlug)! : null;
      expect(canNest(territory.kind, parent?.kind ?? null)).toBe(true);
    }
  });

  it('tiles the métropole with its communes, and each commune with its quartiers, without overlap', () => {
    let inside = 0;
    for (const [lng, lat] of samples()) {
      const inMetropole = pointInBoundary(lng, lat, metropole.boundary);
      const communesHere = communes.filter((c) => pointInBoundary(lng, lat, c.boundary));
      expect(communesHere.length).toBe(inMetropole ? 1 : 0);
      if (!inMetropole) continue;
      inside += 1;
      const quartiersHere = quartiersOf(communesHere[0].slug).filter((q) =>
        pointInBoundary(lng, lat, q.boundary),
      );
      expect(quartiersHere.map((q) => q.slug)).toHaveLength(1);
    }
    expect(inside).toBeGreaterThan(1000);
  });
});
