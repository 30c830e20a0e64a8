import type { TerritoryBoundary } from '@agora/contracts';

import { boundingBox, locateInRing, pointInBoundary, pointInPolygon } from './point-in-polygon.rule';

const square = [
  [0, 0],
  [10, 0],
  [10, 10],
  [0, 10],
  [0, 0],
];
const hole = [
  [4, 4],
  [4, 6],
  [6, 6],
  [6, 4],
  [4, 4],
];
// A "C" shape, concave on its right side.
const concave = [
  [0, 0],
  [6, 0],
  [6, 2],
  [2, 2],
  [2, 4],
  [6, 4],
  [6, 6],
  [0, 6],
  [0, 0],
];

describe('point in polygon', () => {
  it('finds a point well inside a square', () => {
    expect(pointInPolygon(5, 2, [square])).toBe(true);
  });

  it('refuses a point outside the square', () => {
    expect(pointInPolygon(11, 5, [square])).toBe(false);
    expect(pointInPolygon(-0.001, 5, [square])).toBe(false);
  });

  it('counts a point on an edge as inside', () => {
    expect(locateInRing(10, 5, square)).toBe('boundary');
    expect(pointInPolygon(10, 5, [square])).toBe(true);
    expect(pointInPolygon(5, 0, [square])).toBe(true);
  });

  it('counts a vertex as inside', () => {
    expect(pointInPolygon(10, 10, [square])).toBe(true);
    expect(pointInPolygon(0, 0, [square])).toBe(true);
  });

  it('refuses a point strictly inside a hole', () => {
    expect(pointInPolygon(5, 5, [square, hole])).toBe(false);
  });

  it('counts a point on the edge of a hole as inside the polygon', () => {
    expect(pointInPolygon(4, 5, [square, hole])).toBe(true);
  });

  it('finds a point between the hole and the outer ring', () => {
    expect(pointInPolygon(8, 8, [square, hole])).toBe(true);
  });

  it('is not fooled by a ray passing exactly through a vertex', () => {
    // The ray from (−1, 10)… lies on the top edge; from (−1, 4) it passes through no vertex of the square
    // but through two vertices of the C shape.
    expect(pointInPolygon(1, 4, [concave])).toBe(true);
    expect(pointInPolygon(-1, 4, [concave])).toBe(false);
    expect(pointInPolygon(1, 2, [concave])).toBe(true);
  });

  it('refuses a point in the notch of a concave polygon', () => {
    expect(pointInPolygon(4, 3, [concave])).toBe(false);
  });

  it('handles a triangle with a sloping edge', () => {
    const triangle = [
      [0, 0],
      [4, 0],
      [0, 4],
      [0, 0],
    ];
    expect(pointInPolygon(1.9, 1.9, [triangle])).toBe(true);
    expect(pointInPolygon(2, 2, [triangle])).toBe(true);
    expect(pointInPolygon(2.1, 2.1, [triangle])).toBe(false);
  });

  it('finds a point in the second polygon of a MultiPolygon', () => {
    const boundary: TerritoryBoundary = {
      type: 'MultiPolygon',
      coordinates: [[square], [square.map(([x, y]) => [x + 20, y])]],
    };
    expect(pointInBoundary(25, 5, boundary)).toBe(true);
    expect(pointInBoundary(15, 5, boundary)).toBe(false);
  });

  it('works with real-world coordinates and tiny distances', () => {
    const ring = [
      [2.085, 46.795],
      [2.095, 46.85],
      [2.08, 46.905],
      [2.0, 46.89],
      [2.085, 46.795],
    ];
    expect(pointInPolygon(2.05, 46.85, [ring])).toBe(true);
    expect(pointInPolygon(2.0951, 46.85, [ring])).toBe(false);
    expect(pointInPolygon(2.095, 46.85, [ring])).toBe(true);
  });

  it('computes the bounding box of every ring', () => {
    expect(boundingBox({ type: 'Polygon', coordinates: [square, hole] })).toEqual({
      minLng: 0,
      minLat: 0,
      maxLng: 10,
      maxLat: 10,
    });
  });
});
