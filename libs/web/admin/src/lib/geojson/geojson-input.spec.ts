import { parseBoundary, parseQuartierCollection } from './geojson-input';

const square = [
  [
    [-1.55, 47.21],
    [-1.54, 47.21],
    [-1.54, 47.22],
    [-1.55, 47.22],
    [-1.55, 47.21],
  ],
];
const polygon = { type: 'Polygon', coordinates: square };

describe('parseBoundary', () => {
  it('accepts a closed polygon in WGS84', () => {
    expect(parseBoundary(JSON.stringify(polygon))).toEqual({ ok: true, value: polygon });
  });

  it('unwraps the geometry of a Feature', () => {
    const feature = { type: 'Feature', properties: {}, geometry: polygon };
    expect(parseBoundary(JSON.stringify(feature))).toEqual({ ok: true, value: polygon });
  });

  it('reads empty text as no boundary', () => {
    expect(parseBoundary('  ')).toEqual({ ok: true, value: null });
  });

  it('refuses text that is not JSON', () => {
    expect(parseBoundary('{type: Polygon')).toMatchObject({
      ok: false,
      problem: { key: 'admin.geojson.notJson' },
    });
  });

  it('refuses a point', () => {
    const point = { type: 'Point', coordinates: [-1.55, 47.21] };
    expect(parseBoundary(JSON.stringify(point))).toMatchObject({
      problem: { key: 'admin.geojson.notPolygon' },
    });
  });

  it('refuses a ring that is not closed', () => {
    const open = { type: 'Polygon', coordinates: [square[0].slice(0, 4).concat([[-1.56, 47.2]])] };
    expect(parseBoundary(JSON.stringify(open))).toMatchObject({
      problem: { key: 'admin.geojson.ringNotClosed' },
    });
  });

  it('refuses coordinates given latitude first beyond the WGS84 range', () => {
    const swapped = {
      type: 'Polygon',
      coordinates: [
        [
          [47, 200],
          [47, 201],
          [48, 201],
          [47, 200],
        ],
      ],
    };
    expect(parseBoundary(JSON.stringify(swapped))).toMatchObject({
      problem: { key: 'admin.geojson.outOfRange' },
    });
  });

  it('checks every polygon of a MultiPolygon', () => {
    const multi = {
      type: 'MultiPolygon',
      coordinates: [
        square,
        [
          [
            [0, 0],
            [1, 0],
            [0, 0],
          ],
        ],
      ],
    };
    expect(parseBoundary(JSON.stringify(multi))).toMatchObject({
      problem: { key: 'admin.geojson.ringTooShort' },
    });
  });
});

describe('parseQuartierCollection', () => {
  it('accepts a collection of named polygons', () => {
    const collection = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { name: 'Centre' }, geometry: polygon }],
    };
    expect(parseQuartierCollection(JSON.stringify(collection)).ok).toBe(true);
  });

  it('names the feature that has no name', () => {
    const collection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'Centre' }, geometry: polygon },
        { type: 'Feature', properties: {}, geometry: polygon },
      ],
    };
    expect(parseQuartierCollection(JSON.stringify(collection))).toMatchObject({
      problem: { key: 'admin.geojson.featureWithoutName', params: { index: 2 } },
    });
  });

  it('refuses an empty collection', () => {
    expect(parseQuartierCollection('{"type":"FeatureCollection","features":[]}')).toMatchObject({
      problem: { key: 'admin.geojson.noFeatures' },
    });
  });
});
