import type { LocalizedText, TerritoryBoundary, WorkPlace } from '@agora/contracts';

import { pointInBoundary } from '../territories/point-in-polygon.rule';

/** A street or a cycle path fits; a line across a département does not belong to one quartier's works. */
export const MAX_LINE_POINTS = 500;
export const MAX_LINE_METRES = 20_000;
/** Points checked on each segment between two vertices, so that a line cannot cut across a bay of the boundary. */
const SAMPLES_PER_SEGMENT = 8;

export type PlaceCheck = { ok: true; place: WorkPlace } | { ok: false; problem: LocalizedText };

const fail = (fr: string, en: string): PlaceCheck => ({ ok: false, problem: { fr, en } });

function position(value: unknown): [number, number] | null {
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [lng, lat] = value as unknown[];
  if (typeof lng !== 'number' || typeof lat !== 'number' || !Number.isFinite(lng) || !Number.isFinite(lat)) return null;
  if (lng < -180 || lng > 180 || lat < -90 || lat > 90) return null;
  return [lng, lat];
}

/** Great-circle distance in metres (haversine), enough to cap a line's length. */
export function distanceMetres(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLng = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Checks a GeoJSON Point or LineString in WGS84 ([lng, lat]) and returns it without extra members. */
export function checkPlace(value: unknown): PlaceCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('Le lieu doit être un objet GeoJSON Point ou LineString.', 'The place must be a GeoJSON Point or LineString object.');
  }
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (type === 'Point') {
    const point = position(coordinates);
    if (!point) return fail('Un point est [longitude, latitude] en WGS84 (longitude entre -180 et 180, latitude entre -90 et 90).', 'A point is [longitude, latitude] in WGS84 (longitude between -180 and 180, latitude between -90 and 90).');
    return { ok: true, place: { type: 'Point', coordinates: point } };
  }
  if (type === 'LineString') {
    if (!Array.isArray(coordinates) || coordinates.length < 2) return fail('Une ligne a au moins deux points.', 'A line has at least two points.');
    if (coordinates.length > MAX_LINE_POINTS) return fail(`Une ligne a au plus ${MAX_LINE_POINTS} points.`, `A line has at most ${MAX_LINE_POINTS} points.`);
    const points: Array<[number, number]> = [];
    for (const raw of coordinates as unknown[]) {
      const point = position(raw);
      if (!point) return fail('Chaque point de la ligne est [longitude, latitude] en WGS84.', 'Each point of the line is [longitude, latitude] in WGS84.');
      points.push(point);
    }
    let length = 0;
    for (let i = 1; i < points.length; i++) length += distanceMetres(points[i - 1], points[i]);
    if (length > MAX_LINE_METRES) return fail(`Une ligne mesure au plus ${MAX_LINE_METRES / 1000} km.`, `A line is at most ${MAX_LINE_METRES / 1000} km long.`);
    return { ok: true, place: { type: 'LineString', coordinates: points } };
  }
  return fail('Seuls les types GeoJSON Point et LineString sont acceptés.', 'Only the GeoJSON types Point and LineString are accepted.');
}

/** True when the point, or every vertex of the line and points along each segment, lies in the boundary. */
export function placeInside(place: WorkPlace, boundary: TerritoryBoundary): boolean {
  if (place.type === 'Point') return pointInBoundary(place.coordinates[0], place.coordinates[1], boundary);
  const line = place.coordinates;
  for (let i = 0; i < line.length; i++) {
    if (!pointInBoundary(line[i][0], line[i][1], boundary)) return false;
    if (i === 0) continue;
    const [a, b] = [line[i - 1], line[i]];
    for (let s = 1; s < SAMPLES_PER_SEGMENT; s++) {
      const t = s / SAMPLES_PER_SEGMENT;
      if (!pointInBoundary(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, boundary)) return false;
    }
  }
  return true;
}
