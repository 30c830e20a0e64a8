import type { ImportQuartiersRequest, TerritoryBoundary } from '@agora/contracts';

/** A problem found in pasted GeoJSON, as a dictionary key and its parameters. */
export interface GeoJsonProblem {
  key: string;
  params?: Record<string, string | number>;
}

type Checked<T> = { ok: true; value: T } | { ok: false; problem: GeoJsonProblem };

const fail = <T>(key: string, params?: GeoJsonProblem['params']): Checked<T> => ({
  ok: false,
  problem: { key, params },
});

function parseJson(text: string): Checked<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return fail('admin.geojson.notJson');
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Rings of at least four positions, closed, in WGS84 (longitude first, as GeoJSON says). */
function checkPolygon(rings: unknown): GeoJsonProblem | null {
  if (!Array.isArray(rings) || rings.length === 0) return { key: 'admin.geojson.badCoordinates' };
  for (const ring of rings) {
    if (!Array.isArray(ring) || ring.length < 4) return { key: 'admin.geojson.ringTooShort' };
    for (const position of ring) {
      if (
        !Array.isArray(position) ||
        position.length < 2 ||
        !position.every((n) => typeof n === 'number' && Number.isFinite(n))
      ) {
        return { key: 'admin.geojson.badCoordinates' };
      }
      const [lng, lat] = position as number[];
      if (lng < -180 || lng > 180 || lat < -90 || lat > 90) return { key: 'admin.geojson.outOfRange' };
    }
    const first = ring[0] as number[];
    const last = ring[ring.length - 1] as number[];
    if (first[0] !== last[0] || first[1] !== last[1]) return { key: 'admin.geojson.ringNotClosed' };
  }
  return null;
}

function checkGeometry(geometry: unknown): Checked<TerritoryBoundary> {
  if (!isRecord(geometry) || (geometry['type'] !== 'Polygon' && geometry['type'] !== 'MultiPolygon')) {
    return fail('admin.geojson.notPolygon');
  }
  const coordinates = geometry['coordinates'];
  const polygons = geometry['type'] === 'Polygon' ? [coordinates] : coordinates;
  if (!Array.isArray(polygons) || polygons.length === 0) return fail('admin.geojson.badCoordinates');
  for (const polygon of polygons) {
    const problem = checkPolygon(polygon);
    if (problem) return { ok: false, problem };
  }
  return { ok: true, value: { type: geometry['type'], coordinates } as TerritoryBoundary };
}

/**
 * A boundary pasted by an admin: a Polygon or MultiPolygon, or a Feature (or a one-feature
 * collection, as map tools export) wrapping one. Empty text means "no boundary".
 */
export function parseBoundary(text: string): Checked<TerritoryBoundary | null> {
  if (!text.trim()) return { ok: true, value: null };
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  let geometry: unknown = parsed.value;
  if (isRecord(geometry) && geometry['type'] === 'FeatureCollection') {
    const features = geometry['features'];
    if (!Array.isArray(features) || features.length !== 1) return fail('admin.geojson.oneFeatureOnly');
    geometry = features[0];
  }
  if (isRecord(geometry) && geometry['type'] === 'Feature') geometry = geometry['geometry'];
  return checkGeometry(geometry);
}

/** A FeatureCollection of quartiers: each feature needs `properties.name` and a polygon. */
export function parseQuartierCollection(text: string): Checked<ImportQuartiersRequest> {
  if (!text.trim()) return fail('admin.geojson.empty');
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const collection = parsed.value;
  if (!isRecord(collection) || collection['type'] !== 'FeatureCollection')
    return fail('admin.geojson.notCollection');
  const features = collection['features'];
  if (!Array.isArray(features) || features.length === 0) return fail('admin.geojson.noFeatures');
  for (const [index, feature] of features.entries()) {
    const name =
      isRecord(feature) && isRecord(feature['properties']) ? feature['properties']['name'] : undefined;
    if (!isRecord(feature) || feature['type'] !== 'Feature')
      return fail('admin.geojson.notFeature', { index: index + 1 });
    if (typeof name !== 'string' || !name.trim())
      return fail('admin.geojson.featureWithoutName', { index: index + 1 });
    const geometry = checkGeometry(feature['geometry']);
    if (!geometry.ok) return fail('admin.geojson.featureGeometry', { index: index + 1, name });
  }
  return { ok: true, value: collection as unknown as ImportQuartiersRequest };
}
