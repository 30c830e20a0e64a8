import { checkBoundary, MAX_BOUNDARY_POSITIONS } from './geojson.rule';

const ring = [
  [2.0, 46.8],
  [2.1, 46.8],
  [2.1, 46.9],
  [2.0, 46.9],
  [2.0, 46.8],
];

function problemsOf(value: unknown) {
  const result = checkBoundary(value);
  if (result.ok) throw new Error('expected a refusal');
  return result.problems;
}

describe('GeoJSON boundary rule', () => {
  it('accepts a closed Polygon and computes its bounding box', () => {
    const result = checkBoundary({ type: 'Polygon', coordinates: [ring] });
    expect(result).toEqual({
      ok: true,
      boundary: { type: 'Polygon', coordinates: [ring] },
      bbox: { minLng: 2.0, minLat: 46.8, maxLng: 2.1, maxLat: 46.9 },
      positions: 5,
    });
  });

  it('accepts a MultiPolygon with a hole', () => {
    const hole = [
      [2.04, 46.84],
      [2.04, 46.86],
      [2.06, 46.86],
      [2.06, 46.84],
      [2.04, 46.84],
    ];
    expect(checkBoundary({ type: 'MultiPolygon', coordinates: [[ring, hole], [ring]] }).ok).toBe(true);
  });

  it('drops altitudes and foreign members', () => {
    const withAltitude = ring.map(([lng, lat]) => [lng, lat, 35]);
    const result = checkBoundary({ type: 'Polygon', coordinates: [withAltitude], bbox: [0, 0, 1, 1] });
    expect(result.ok && result.boundary).toEqual({ type: 'Polygon', coordinates: [ring] });
  });

  it('refuses something that is not an object', () => {
    expect(problemsOf('POLYGON((0 0))')).toEqual([
      expect.objectContaining({ path: 'boundary', code: 'notObject' }),
    ]);
    expect(problemsOf([ring])[0].code).toBe('notObject');
  });

  it('refuses a Point, a LineString or a Feature', () => {
    for (const type of ['Point', 'LineString', 'Feature', 'GeometryCollection']) {
      expect(problemsOf({ type, coordinates: [2, 46] })).toEqual([
        expect.objectContaining({ path: 'boundary.type', code: 'type' }),
      ]);
    }
  });

  it('refuses missing coordinates', () => {
    expect(problemsOf({ type: 'Polygon' })[0]).toMatchObject({
      path: 'boundary.coordinates',
      code: 'notArray',
    });
  });

  it('refuses a Polygon without rings', () => {
    expect(problemsOf({ type: 'Polygon', coordinates: [] })[0]).toMatchObject({
      path: 'boundary.coordinates',
      code: 'empty',
    });
  });

  it('refuses a ring of fewer than four positions', () => {
    const triangleWithoutClosure = [
      [2.0, 46.8],
      [2.1, 46.8],
      [2.0, 46.8],
    ];
    expect(problemsOf({ type: 'Polygon', coordinates: [triangleWithoutClosure] })[0]).toMatchObject({
      path: 'boundary.coordinates[0]',
      code: 'ringTooShort',
    });
  });

  it('refuses an unclosed ring and points at its last position', () => {
    const open = [...ring.slice(0, 4), [2.0, 46.85]];
    expect(problemsOf({ type: 'Polygon', coordinates: [open] })).toEqual([
      expect.objectContaining({ path: 'boundary.coordinates[0][4]', code: 'ringNotClosed' }),
    ]);
  });

  it('refuses a ring without area', () => {
    const flat = [
      [0, 0],
      [1, 1],
      [2, 2],
      [0, 0],
    ];
    expect(problemsOf({ type: 'Polygon', coordinates: [flat] })[0].code).toBe('ringFlat');
  });

  it('refuses an out-of-range longitude and latitude, with the path of each', () => {
    const bad = ring.map((p) => [...p]);
    bad[1] = [181, 46.8];
    bad[2] = [2.1, -91];
    expect(problemsOf({ type: 'Polygon', coordinates: [bad] })).toEqual([
      expect.objectContaining({ path: 'boundary.coordinates[0][1]', code: 'longitude' }),
      expect.objectContaining({ path: 'boundary.coordinates[0][2]', code: 'latitude' }),
    ]);
  });

  it('refuses non-numbers and non-finite numbers', () => {
    const bad = ring.map((p) => [...p]) as unknown[][];
    bad[3] = ['2.0', 46.9];
    expect(problemsOf({ type: 'Polygon', coordinates: [bad] })[0]).toMatchObject({
      path: 'boundary.coordinates[0][3]',
      code: 'notFinite',
    });
    bad[3] = [2.0, null];
    expect(problemsOf({ type: 'Polygon', coordinates: [bad] })[0].code).toBe('notFinite');
    bad[3] = [2.0];
    expect(problemsOf({ type: 'Polygon', coordinates: [bad] })[0].code).toBe('position');
  });

  it('gives the path inside a MultiPolygon', () => {
    const open = [...ring.slice(0, 4), [2.0, 46.85]];
    expect(problemsOf({ type: 'MultiPolygon', coordinates: [[ring], [ring, open]] })[0].path).toBe(
      'boundary.coordinates[1][1][4]',
    );
  });

  it('refuses more positions than the cap, before checking them one by one', () => {
    const huge = Array.from({ length: MAX_BOUNDARY_POSITIONS + 1 }, (_, i) => [i % 2, i % 3]);
    expect(problemsOf({ type: 'Polygon', coordinates: [huge] })).toEqual([
      expect.objectContaining({ path: 'boundary.coordinates', code: 'tooLarge' }),
    ]);
  });

  it('uses the given path prefix and gives messages in French and English', () => {
    const result = checkBoundary({ type: 'Point' }, 'features[2].geometry');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0].path).toBe('features[2].geometry.type');
      expect(result.problems[0].message.fr).toMatch(/Polygon/);
      expect(result.problems[0].message.en).toMatch(/Polygon/);
    }
  });

  it('reports at most twenty problems', () => {
    const bad = Array.from({ length: 100 }, () => [500, 500]);
    expect(problemsOf({ type: 'Polygon', coordinates: [bad] }).length).toBe(20);
  });
});
