import { MAP_WIDTH, MapGeometry, createProjection, geometryContains } from './map.projection';

const square: MapGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [2.0, 48.0],
      [2.1, 48.0],
      [2.1, 48.1],
      [2.0, 48.1],
      [2.0, 48.0],
    ],
  ],
};

const squareWithHole: MapGeometry = {
  type: 'Polygon',
  coordinates: [
    ...(square.coordinates as number[][][]),
    [
      [2.04, 48.04],
      [2.06, 48.04],
      [2.06, 48.06],
      [2.04, 48.06],
      [2.04, 48.04],
    ],
  ],
};

describe('createProjection', () => {
  it('frames the outlines inside the drawing', () => {
    const map = createProjection([square]);
    for (const [lng, lat] of (square.coordinates as number[][][])[0]) {
      const { x, y } = map.toSvg({ lng, lat });
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(MAP_WIDTH);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(map.height);
    }
  });

  it('puts the north at the top and the east on the right', () => {
    const map = createProjection([square]);
    const southWest = map.toSvg({ lng: 2.0, lat: 48.0 });
    const northEast = map.toSvg({ lng: 2.1, lat: 48.1 });
    expect(northEast.x).toBeGreaterThan(southWest.x);
    expect(northEast.y).toBeLessThan(southWest.y);
  });

  it('keeps a quartier in proportion by shrinking longitudes with the latitude', () => {
    const map = createProjection([square]);
    const southWest = map.toSvg({ lng: 2.0, lat: 48.0 });
    const northEast = map.toSvg({ lng: 2.1, lat: 48.1 });
    const ratio = (northEast.x - southWest.x) / (southWest.y - northEast.y);
    expect(ratio).toBeCloseTo(Math.cos((48.05 * Math.PI) / 180), 2);
  });

  it('turns a drawn position back into the same coordinates', () => {
    const map = createProjection([square]);
    const point = { lng: 2.0321, lat: 48.0789 };
    const { x, y } = map.toSvg(point);
    const back = map.toGeo(x, y);
    expect(back.lng).toBeCloseTo(point.lng, 3);
    expect(back.lat).toBeCloseTo(point.lat, 3);
  });

  it('draws every ring of a polygon, holes included', () => {
    const path = createProjection([squareWithHole]).path(squareWithHole);
    expect(path.match(/M/g)).toHaveLength(2);
    expect(path.match(/Z/g)).toHaveLength(2);
  });

  it('draws each polygon of a multipolygon', () => {
    const multi: MapGeometry = {
      type: 'MultiPolygon',
      coordinates: [
        square.coordinates as number[][][],
        [
          [
            [2.2, 48.0],
            [2.3, 48.0],
            [2.3, 48.1],
            [2.2, 48.0],
          ],
        ],
      ],
    };
    expect(createProjection([multi]).path(multi).match(/M/g)).toHaveLength(2);
  });

  it('frames a lone point with a margin around it', () => {
    const map = createProjection([], [{ lng: 2.35, lat: 48.85 }]);
    const { x, y } = map.toSvg({ lng: 2.35, lat: 48.85 });
    expect(x).toBeCloseTo(MAP_WIDTH / 2, 0);
    expect(y).toBeCloseTo(map.height / 2, 0);
  });

  it('falls back to metropolitan France when there is nothing to frame', () => {
    const map = createProjection([]);
    const paris = map.toSvg({ lng: 2.35, lat: 48.85 });
    expect(paris.x).toBeGreaterThan(0);
    expect(paris.x).toBeLessThan(MAP_WIDTH);
    expect(paris.y).toBeGreaterThan(0);
    expect(paris.y).toBeLessThan(map.height);
  });
});

describe('geometryContains', () => {
  it('finds a point inside a polygon', () => {
    expect(geometryContains(square, { lng: 2.05, lat: 48.02 })).toBe(true);
  });

  it('leaves out a point outside the polygon', () => {
    expect(geometryContains(square, { lng: 2.2, lat: 48.05 })).toBe(false);
  });

  it('counts a point in a hole as outside', () => {
    expect(geometryContains(squareWithHole, { lng: 2.05, lat: 48.05 })).toBe(false);
  });
});
