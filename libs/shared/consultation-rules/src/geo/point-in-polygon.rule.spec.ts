import fc from 'fast-check';

import type { GeoBoundary } from './geo.model';
import { isValidBoundary, pointInBoundary } from './point-in-polygon.rule';
import { squareWithHole } from '../testing/consultation.fixture';

// prettier-ignore
const twoIslands: GeoBoundary = {
  type: 'MultiPolygon',
  coordinates: [
    [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]],
    [[[5, 5], [7, 5], [7, 7], [5, 7], [5, 5]]],
  ],
};

// prettier-ignore
const concave: GeoBoundary = {
  type: 'Polygon',
  coordinates: [[[0, 0], [6, 0], [6, 6], [3, 3], [0, 6], [0, 0]]],
};

describe('pointInBoundary', () => {
  it('accepts a point inside the outline', () => {
    expect(pointInBoundary({ lng: 2, lat: 2 }, squareWithHole)).toBe(true);
  });

  it('refuses a point outside the outline', () => {
    expect(pointInBoundary({ lng: 11, lat: 5 }, squareWithHole)).toBe(false);
  });

  it('refuses a point inside a hole', () => {
    expect(pointInBoundary({ lng: 5, lat: 5 }, squareWithHole)).toBe(false);
  });

  it('accepts a point on the outline', () => {
    expect(pointInBoundary({ lng: 10, lat: 5 }, squareWithHole)).toBe(true);
  });

  it('accepts a point on the edge of a hole', () => {
    expect(pointInBoundary({ lng: 4, lat: 5 }, squareWithHole)).toBe(true);
  });

  it('accepts a point on a corner', () => {
    expect(pointInBoundary({ lng: 0, lat: 0 }, squareWithHole)).toBe(true);
  });

  it('refuses a point level with a vertex but outside', () => {
    expect(pointInBoundary({ lng: -1, lat: 10 }, squareWithHole)).toBe(false);
  });

  it('accepts a point in the second part of a MultiPolygon', () => {
    expect(pointInBoundary({ lng: 6, lat: 6 }, twoIslands)).toBe(true);
  });

  it('refuses a point between the parts of a MultiPolygon', () => {
    expect(pointInBoundary({ lng: 3.5, lat: 3.5 }, twoIslands)).toBe(false);
  });

  it('refuses a point in the notch of a concave polygon', () => {
    expect(pointInBoundary({ lng: 3, lat: 5 }, concave)).toBe(false);
  });

  it('accepts a point in an arm of a concave polygon', () => {
    expect(pointInBoundary({ lng: 1, lat: 5 }, concave)).toBe(true);
  });

  it('agrees with the rectangle test for any point around a rectangle with a hole', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -2, max: 12, noNaN: true }),
        fc.double({ min: -2, max: 12, noNaN: true }),
        (lng, lat) => {
          const inOutline = lng >= 0 && lng <= 10 && lat >= 0 && lat <= 10;
          const inHole = lng > 4 && lng < 6 && lat > 4 && lat < 6;
          expect(pointInBoundary({ lng, lat }, squareWithHole)).toBe(inOutline && !inHole);
        },
      ),
    );
  });
});

describe('isValidBoundary', () => {
  it('accepts a Polygon with a hole', () => {
    expect(isValidBoundary(squareWithHole)).toBe(true);
  });

  it('accepts a MultiPolygon', () => {
    expect(isValidBoundary(twoIslands)).toBe(true);
  });

  it('refuses a ring that is not closed', () => {
    const open = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
        ],
      ],
    };
    expect(isValidBoundary(open)).toBe(false);
  });

  it('refuses a ring of fewer than four positions', () => {
    expect(
      isValidBoundary({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [0, 0],
          ],
        ],
      }),
    ).toBe(false);
  });

  it('refuses a latitude beyond 90', () => {
    const far = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 91],
          [0, 0],
        ],
      ],
    };
    expect(isValidBoundary(far)).toBe(false);
  });

  it('refuses another geometry type', () => {
    expect(isValidBoundary({ type: 'Point', coordinates: [0, 0] })).toBe(false);
  });

  it('refuses an empty polygon', () => {
    expect(isValidBoundary({ type: 'Polygon', coordinates: [] })).toBe(false);
  });
});
