import type { TerritoryBoundary } from '@agora/contracts';

import { checkPlace, placeInside } from './work-place.rule';

const square: TerritoryBoundary = { type: 'Polygon', coordinates: [[[0, 0], [0.01, 0], [0.01, 0.01], [0, 0.01], [0, 0]]] };
const ell: TerritoryBoundary = {
  type: 'Polygon',
  coordinates: [[[0, 0], [0.01, 0], [0.01, 0.002], [0.002, 0.002], [0.002, 0.01], [0, 0.01], [0, 0]]],
};

describe('checkPlace', () => {
  it('accepts a point in WGS84 and drops extra members', () => {
    expect(checkPlace({ type: 'Point', coordinates: [-1.55, 47.21], crs: 'x' })).toEqual({ ok: true, place: { type: 'Point', coordinates: [-1.55, 47.21] } });
  });

  it('refuses a latitude out of range (Lambert-93 metres, say)', () => {
    expect(checkPlace({ type: 'Point', coordinates: [355000, 6689000] }).ok).toBe(false);
  });

  it('refuses a line with one point', () => {
    expect(checkPlace({ type: 'LineString', coordinates: [[0, 0]] }).ok).toBe(false);
  });

  it('refuses a line longer than 20 km', () => {
    expect(checkPlace({ type: 'LineString', coordinates: [[0, 0], [0.3, 0]] }).ok).toBe(false);
  });

  it('refuses a polygon', () => {
    expect(checkPlace({ type: 'Polygon', coordinates: [] }).ok).toBe(false);
  });
});

describe('placeInside', () => {
  it('finds a line inside the square', () => {
    expect(placeInside({ type: 'LineString', coordinates: [[0.001, 0.001], [0.009, 0.009]] }, square)).toBe(true);
  });

  it('finds a line leaving the square outside', () => {
    expect(placeInside({ type: 'LineString', coordinates: [[0.001, 0.001], [0.02, 0.001]] }, square)).toBe(false);
  });

  it('finds a line cutting across the missing corner of an L outside, though both ends are in', () => {
    expect(placeInside({ type: 'LineString', coordinates: [[0.009, 0.001], [0.001, 0.009]] }, ell)).toBe(false);
  });
});
