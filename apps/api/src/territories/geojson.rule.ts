import type { LocalizedText, TerritoryBoundary } from '@agora/contracts';

import { BoundingBox, boundingBox } from './point-in-polygon.rule';

/**
 * A commune's detailed outline from the IGN's ADMIN EXPRESS has a few thousand points; 50,000 leaves
 * room for very detailed quartiers while keeping a point lookup and a JSON row cheap.
 */
export const MAX_BOUNDARY_POSITIONS = 50_000;
/** Enough to fix a file in one go, without flooding the answer when a whole file is wrong. */
const MAX_PROBLEMS = 20;

export interface GeoJsonProblem {
  /** Where the problem is, e.g. `boundary.coordinates[0][3]`. */
  path: string;
  code: string;
  message: LocalizedText;
}

export type BoundaryCheck =
  | { ok: true; boundary: TerritoryBoundary; bbox: BoundingBox; positions: number }
  | { ok: false; problems: GeoJsonProblem[] };

const MESSAGES = {
  notObject: {
    fr: 'Une géométrie GeoJSON (objet) est attendue.',
    en: 'A GeoJSON geometry object is expected.',
  },
  type: {
    fr: 'Seuls les contours de type Polygon ou MultiPolygon sont acceptés.',
    en: 'Only Polygon or MultiPolygon boundaries are accepted.',
  },
  notArray: { fr: 'Une liste de coordonnées est attendue.', en: 'A list of coordinates is expected.' },
  empty: { fr: 'Cette liste ne peut pas être vide.', en: 'This list cannot be empty.' },
  ringTooShort: {
    fr: 'Un anneau doit compter au moins 4 positions (la dernière répète la première).',
    en: 'A ring needs at least 4 positions (the last one repeats the first).',
  },
  ringNotClosed: {
    fr: 'Anneau non fermé : la dernière position doit être identique à la première.',
    en: 'Ring not closed: the last position must equal the first one.',
  },
  ringFlat: { fr: 'Cet anneau n’a pas de surface.', en: 'This ring has no area.' },
  position: {
    fr: 'Une position est une liste [longitude, latitude] de nombres.',
    en: 'A position is a list [longitude, latitude] of numbers.',
  },
  notFinite: {
    fr: 'Les coordonnées doivent être des nombres finis.',
    en: 'Coordinates must be finite numbers.',
  },
  longitude: {
    fr: 'Longitude hors limites (entre -180 et 180, en WGS84).',
    en: 'Longitude out of range (between -180 and 180, WGS84).',
  },
  latitude: {
    fr: 'Latitude hors limites (entre -90 et 90, en WGS84).',
    en: 'Latitude out of range (between -90 and 90, WGS84).',
  },
  tooLarge: {
    fr: `Contour trop détaillé : au plus ${MAX_BOUNDARY_POSITIONS.toLocaleString('fr-FR')} positions.`,
    en: `Boundary too detailed: at most ${MAX_BOUNDARY_POSITIONS.toLocaleString('en-GB')} positions.`,
  },
} satisfies Record<string, LocalizedText>;

type Code = keyof typeof MESSAGES;

class Problems {
  readonly list: GeoJsonProblem[] = [];
  add(path: string, code: Code): void {
    if (this.list.length < MAX_PROBLEMS) this.list.push({ path, code, message: MESSAGES[code] });
  }
  get full(): boolean {
    return this.list.length >= MAX_PROBLEMS;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Counts positions without trusting the shape, so an oversized input is refused before any deeper walk. */
function countPositions(coordinates: unknown, depth: number): number {
  if (!Array.isArray(coordinates)) return 0;
  if (depth === 0) return 1;
  let total = 0;
  for (const item of coordinates) {
    total += countPositions(item, depth - 1);
    if (total > MAX_BOUNDARY_POSITIONS) return total;
  }
  return total;
}

/** Twice the signed area (shoelace); only its being zero matters here. */
function doubleArea(ring: number[][]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return sum;
}

function checkPosition(value: unknown, path: string, problems: Problems): number[] | null {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) {
    problems.add(path, 'position');
    return null;
  }
  if (!value.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    problems.add(path, 'notFinite');
    return null;
  }
  const [lng, lat] = value as number[];
  let ok = true;
  if (lng < -180 || lng > 180) {
    problems.add(path, 'longitude');
    ok = false;
  }
  if (lat < -90 || lat > 90) {
    problems.add(path, 'latitude');
    ok = false;
  }
  // The altitude, when present, plays no part in locating a resident: keep [lng, lat] only.
  return ok ? [lng, lat] : null;
}

function checkRing(value: unknown, path: string, problems: Problems): number[][] | null {
  if (!Array.isArray(value)) {
    problems.add(path, 'notArray');
    return null;
  }
  if (value.length < 4) {
    problems.add(path, 'ringTooShort');
    return null;
  }
  const ring: number[][] = [];
  for (let i = 0; i < value.length && !problems.full; i++) {
    const position = checkPosition(value[i], `${path}[${i}]`, problems);
    if (position) ring.push(position);
  }
  if (ring.length !== value.length) return null;
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first[0] !== last[0] || first[1] !== last[1]) {
    problems.add(`${path}[${ring.length - 1}]`, 'ringNotClosed');
    return null;
  }
  if (doubleArea(ring) === 0) {
    problems.add(path, 'ringFlat');
    return null;
  }
  return ring;
}

function checkPolygon(value: unknown, path: string, problems: Problems): number[][][] | null {
  if (!Array.isArray(value)) {
    problems.add(path, 'notArray');
    return null;
  }
  if (value.length === 0) {
    problems.add(path, 'empty');
    return null;
  }
  const rings = value.map((ring, r) => (problems.full ? null : checkRing(ring, `${path}[${r}]`, problems)));
  return rings.every((ring) => ring !== null) ? (rings as number[][][]) : null;
}

/**
 * Checks a territory boundary: GeoJSON Polygon or MultiPolygon in WGS84, rings of at least four
 * positions and closed, finite coordinates in range, and no more than MAX_BOUNDARY_POSITIONS. Returns
 * the boundary reduced to `{ type, coordinates }` with [lng, lat] positions, and its bounding box.
 * Self-intersections are not checked: point lookups stay well defined with ray casting anyway.
 */
export function checkBoundary(value: unknown, path = 'boundary'): BoundaryCheck {
  const problems = new Problems();
  if (!isPlainObject(value)) {
    problems.add(path, 'notObject');
    return { ok: false, problems: problems.list };
  }
  if (value['type'] !== 'Polygon' && value['type'] !== 'MultiPolygon') {
    problems.add(`${path}.type`, 'type');
    return { ok: false, problems: problems.list };
  }
  const type = value['type'];
  const coordinates = value['coordinates'];
  const coordinatesPath = `${path}.coordinates`;
  if (!Array.isArray(coordinates)) {
    problems.add(coordinatesPath, 'notArray');
    return { ok: false, problems: problems.list };
  }
  const positions = countPositions(coordinates, type === 'Polygon' ? 2 : 3);
  if (positions > MAX_BOUNDARY_POSITIONS) {
    problems.add(coordinatesPath, 'tooLarge');
    return { ok: false, problems: problems.list };
  }

  let normalised: number[][][] | number[][][][] | null;
  if (type === 'Polygon') {
    normalised = checkPolygon(coordinates, coordinatesPath, problems);
  } else if (coordinates.length === 0) {
    problems.add(coordinatesPath, 'empty');
    normalised = null;
  } else {
    const polygons = coordinates.map((polygon, p) =>
      problems.full ? null : checkPolygon(polygon, `${coordinatesPath}[${p}]`, problems),
    );
    normalised = polygons.every((polygon) => polygon !== null) ? (polygons as number[][][][]) : null;
  }
  if (!normalised || problems.list.length > 0) return { ok: false, problems: problems.list };
  const boundary = { type, coordinates: normalised } as TerritoryBoundary;
  return { ok: true, boundary, bbox: boundingBox(boundary), positions };
}
