import { readQuartierFeatures } from './quartier-import.rule';

const square = (x: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 46],
      [x + 0.01, 46],
      [x + 0.01, 46.01],
      [x, 46.01],
      [x, 46],
    ],
  ],
});
const feature = (properties: Record<string, unknown>, geometry: unknown = square(2)) => ({
  type: 'Feature',
  properties,
  geometry,
});

describe('reading imported quartiers', () => {
  it('reads names, given slugs and geometries', () => {
    const result = readQuartierFeatures([
      feature({ name: 'Centre', slug: 'ville-centre' }),
      feature({ name: 'Gare' }, square(3)),
    ]);
    expect(result.ok && result.quartiers.map((q) => [q.index, q.name, q.slug])).toEqual([
      [0, 'Centre', 'ville-centre'],
      [1, 'Gare', 'gare'],
    ]);
  });

  it('makes a slug from the name when none is given', () => {
    const result = readQuartierFeatures([feature({ name: '  Les Hauts de l’Église ' })]);
    expect(result.ok && result.quartiers[0]).toMatchObject({
      name: 'Les Hauts de l’Église',
      slug: 'les-hauts-de-l-eglise',
    });
  });

  it('ignores the other properties of open-data files', () => {
    expect(
      readQuartierFeatures([feature({ name: 'Gare', code_iris: '441090101', population: 2310 })]).ok,
    ).toBe(true);
  });

  it('reports each faulty feature with its index', () => {
    const result = readQuartierFeatures([
      feature({ name: 'Bon' }),
      feature({ name: '' }),
      { type: 'Point' },
      feature(
        { name: 'Pas fermé' },
        {
          type: 'Polygon',
          coordinates: [
            [
              [2, 46],
              [2.1, 46],
              [2.1, 46.1],
              [2, 46.2],
            ],
          ],
        },
      ),
      feature({ name: 'Slug', slug: 'Pas Un Slug' }),
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.path)).toEqual([
        'features[1].properties.name',
        'features[2]',
        'features[3].geometry.coordinates[0][3]',
        'features[4].properties.slug',
      ]);
    }
  });

  it('refuses two features with the same slug', () => {
    const result = readQuartierFeatures([
      feature({ name: 'Gare' }),
      feature({ name: 'La Gare', slug: 'gare' }, square(3)),
    ]);
    expect(!result.ok && result.problems).toEqual([
      expect.objectContaining({
        path: 'features[1].properties.slug',
        code: 'duplicate',
        message: expect.objectContaining({ fr: expect.stringContaining('features[0]') }),
      }),
    ]);
  });

  it('refuses a name from which no slug can be made', () => {
    const result = readQuartierFeatures([feature({ name: '— —' })]);
    expect(!result.ok && result.problems[0]).toMatchObject({
      path: 'features[0].properties.name',
      code: 'noSlug',
    });
  });

  it('accepts a WGS84 crs member as QGIS writes it', () => {
    const crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } };
    expect(readQuartierFeatures([feature({ name: 'Gare' })], crs).ok).toBe(true);
  });

  it('refuses a file in Lambert-93 and says to export it in WGS84', () => {
    const crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::2154' } };
    const result = readQuartierFeatures([feature({ name: 'Gare' })], crs);
    expect(!result.ok && result.problems[0]).toMatchObject({
      path: 'crs',
      message: { fr: expect.stringContaining('EPSG:4326') },
    });
  });
});
