import type { GeoBoundary, GeoPoint, Position } from './geo.model';

/**
 * True when the point lies inside the boundary: inside the outline of one of its polygons and not
 * inside one of that polygon's holes. A point exactly on a line counts as inside, because territory
 * limits often follow a street and a resident who clicks on that street is pointing at it.
 * Coordinates are treated as planar, which is exact enough at the scale of a commune.
 */
export function pointInBoundary(point: GeoPoint, boundary: GeoBoundary): boolean {
  const polygons = boundary.type === 'Polygon' ? [boundary.coordinates] : boundary.coordinates;
  return polygons.some((rings) => pointInPolygonRings(point, rings));
}

/** True when the point is inside the first ring and outside every following ring (the holes). */
export function pointInPolygonRings(point: GeoPoint, rings: Position[][]): boolean {
  const [outline, ...holes] = rings;
  if (!outline || ringLocation(point, outline) === 'outside') return false;
  return holes.every((hole) => ringLocation(point, hole) !== 'inside');
}

type RingLocation = 'inside' | 'outside' | 'edge';

/** Even-odd ray casting towards +longitude, with points on a segment reported as `edge`. */
function ringLocation(point: GeoPoint, ring: Position[]): RingLocation {
  const { lng: x, lat: y } = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (onSegment(x, y, xi, yi, xj, yj)) return 'edge';
    // Half-open test on latitude so a vertex shared by two edges is crossed once, not twice.
    if (yi > y !== yj > y) {
      const crossingX = xi + ((y - yi) * (xj - xi)) / (yj - yi);
      if (x < crossingX) inside = !inside;
    }
  }
  return inside ? 'inside' : 'outside';
}

function onSegment(x: number, y: number, x1: number, y1: number, x2: number, y2: number): boolean {
  const cross = (x2 - x1) * (y - y1) - (y2 - y1) * (x - x1);
  if (cross !== 0) return false;
  return Math.min(x1, x2) <= x && x <= Math.max(x1, x2) && Math.min(y1, y2) <= y && y <= Math.max(y1, y2);
}

/**
 * True for a usable Polygon or MultiPolygon: finite longitudes and latitudes in range, and every
 * ring closed with at least four positions (a triangle), as GeoJSON (RFC 7946) requires.
 */
export function isValidBoundary(value: unknown): value is GeoBoundary {
  if (typeof value !== 'object' || value === null) return false;
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (!Array.isArray(coordinates) || coordinates.length === 0) return false;
  if (type === 'Polygon') return isValidPolygon(coordinates);
  if (type === 'MultiPolygon') return coordinates.every(isValidPolygon);
  return false;
}

function isValidPolygon(rings: unknown): boolean {
  return Array.isArray(rings) && rings.length > 0 && rings.every(isValidRing);
}

function isValidRing(ring: unknown): boolean {
  if (!Array.isArray(ring) || ring.length < 4 || !ring.every(isValidPosition)) return false;
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  return first[0] === last[0] && first[1] === last[1];
}

function isValidPosition(position: unknown): boolean {
  if (!Array.isArray(position) || position.length < 2) return false;
  const [lng, lat] = position;
  return isLongitude(lng) && isLatitude(lat);
}

/** A finite number from -180 to 180. */
export function isLongitude(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= -180 && value <= 180;
}

/** A finite number from -90 to 90. */
export function isLatitude(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= -90 && value <= 90;
}
