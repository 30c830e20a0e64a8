import { markerOf, parsePlaceText } from './work-place.rule';

describe('markerOf', () => {
  it('puts the mark on the point itself', () => {
    expect(markerOf({ type: 'Point', coordinates: [-1.55, 47.21] })).toEqual({ lng: -1.55, lat: 47.21 });
  });

  it('puts the mark halfway along a straight street', () => {
    expect(
      markerOf({
        type: 'LineString',
        coordinates: [
          [0, 0],
          [2, 0],
        ],
      }),
    ).toEqual({ lng: 1, lat: 0 });
  });

  it('puts the mark on a bent street, not at its bounding-box centre', () => {
    const mark = markerOf({
      type: 'LineString',
      coordinates: [
        [0, 0],
        [0, 3],
        [1, 3],
      ],
    });
    expect(mark).toEqual({ lng: 0, lat: 2 });
  });

  it('has no mark for a work without a place', () => {
    expect(markerOf(null)).toBeNull();
  });
});

describe('parsePlaceText', () => {
  it('reads empty text as no place', () => {
    expect(parsePlaceText('  ')).toEqual({ ok: true, value: null });
  });

  it('reads a GeoJSON point', () => {
    expect(parsePlaceText('{"type":"Point","coordinates":[-1.5,47.2]}')).toEqual({
      ok: true,
      value: { type: 'Point', coordinates: [-1.5, 47.2] },
    });
  });

  it('reads a line wrapped in a Feature', () => {
    const text = JSON.stringify({
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'LineString',
        coordinates: [
          [-1.5, 47.2],
          [-1.51, 47.21],
        ],
      },
    });
    expect(parsePlaceText(text)).toEqual({
      ok: true,
      value: {
        type: 'LineString',
        coordinates: [
          [-1.5, 47.2],
          [-1.51, 47.21],
        ],
      },
    });
  });

  it('refuses text that is not JSON', () => {
    expect(parsePlaceText('rue Haute')).toEqual({ ok: false, key: 'works.staff.place.notJson' });
  });

  it('refuses a line of a single point', () => {
    expect(parsePlaceText('{"type":"LineString","coordinates":[[-1.5,47.2]]}')).toEqual({
      ok: false,
      key: 'works.staff.place.badLine',
    });
  });

  it('refuses a polygon', () => {
    expect(parsePlaceText('{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,1],[0,0]]]}')).toEqual({
      ok: false,
      key: 'works.staff.place.notGeometry',
    });
  });

  it('refuses coordinates outside the globe', () => {
    expect(parsePlaceText('{"type":"Point","coordinates":[200,47]}')).toEqual({
      ok: false,
      key: 'works.staff.place.notGeometry',
    });
  });
});
