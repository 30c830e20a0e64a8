import type { WorkPlace } from '@agora/contracts';

/** A longitude / latitude pair, as the map component takes it. */
export interface LngLat {
  lng: number;
  lat: number;
}

/**
 * Where to put a work's number on the map: the point itself, or for a street (a line) the vertex
 * halfway along it, so the mark sits on the street and not off it as a bounding-box centre could.
 */
export function markerOf(place: WorkPlace | null): LngLat | null {
  if (!place) return null;
  if (place.type === 'Point') return { lng: place.coordinates[0], lat: place.coordinates[1] };
  const line = place.coordinates;
  if (line.length === 0) return null;
  const lengths = line.slice(1).map((point, i) => Math.hypot(point[0] - line[i][0], point[1] - line[i][1]));
  const half = lengths.reduce((sum, length) => sum + length, 0) / 2;
  let walked = 0;
  for (let i = 0; i < lengths.length; i++) {
    if (walked + lengths[i] >= half && lengths[i] > 0) {
      const share = (half - walked) / lengths[i];
      return {
        lng: line[i][0] + (line[i + 1][0] - line[i][0]) * share,
        lat: line[i][1] + (line[i + 1][1] - line[i][1]) * share,
      };
    }
    walked += lengths[i];
  }
  return { lng: line[0][0], lat: line[0][1] };
}

export type PlaceText = { ok: true; value: WorkPlace | null } | { ok: false; key: string };

/**
 * A place typed by staff: empty (no place), a GeoJSON Point or LineString, or a Feature wrapping
 * one, as map tools export them. The API checks again that it lies inside the territory.
 */
export function parsePlaceText(text: string): PlaceText {
  const trimmed = text.trim();
  if (!trimmed) return { ok: true, value: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return { ok: false, key: 'works.staff.place.notJson' };
  }
  const geometry = isRecord(parsed) && parsed['type'] === 'Feature' ? parsed['geometry'] : parsed;
  if (!isRecord(geometry)) return { ok: false, key: 'works.staff.place.notGeometry' };
  const coordinates = geometry['coordinates'];
  if (geometry['type'] === 'Point' && isPosition(coordinates)) {
    return { ok: true, value: { type: 'Point', coordinates: [coordinates[0], coordinates[1]] } };
  }
  if (geometry['type'] === 'LineString' && Array.isArray(coordinates)) {
    if (coordinates.length < 2 || !coordinates.every(isPosition)) {
      return { ok: false, key: 'works.staff.place.badLine' };
    }
    return {
      ok: true,
      value: { type: 'LineString', coordinates: coordinates.map((p) => [p[0], p[1]] as [number, number]) },
    };
  }
  return { ok: false, key: 'works.staff.place.notGeometry' };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPosition(value: unknown): value is [number, number] {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    typeof value[0] === 'number' &&
    typeof value[1] === 'number' &&
    Math.abs(value[0]) <= 180 &&
    Math.abs(value[1]) <= 90
  );
}
