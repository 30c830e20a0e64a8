import type { TerritoryBoundary } from '@agora/contracts';

/** A GeoJSON position: longitude first, then latitude (WGS84). */
export type Position = readonly number[];
export type Ring = readonly Position[];

export interface BoundingBox {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

export type RingLocation = 'inside' | 'outside' | 'boundary';

/**
 * Tolerance, in degrees, for "on an edge" (about 0.1 µm on the ground): large enough to absorb
 * floating-point noise on a shared border, far too small to matter to anyone's address.
 */
const EDGE_TOLERANCE = 1e-12;

function onSegment(lng: number, lat: number, a: Position, b: Position): boolean {
  const [ax, ay] = a;
  const [bx, by] = b;
  if (lng < Math.min(ax, bx) - EDGE_TOLERANCE || lng > Math.max(ax, bx) + EDGE_TOLERANCE) return false;
  if (lat < Math.min(ay, by) - EDGE_TOLERANCE || lat > Math.max(ay, by) + EDGE_TOLERANCE) return false;
  const cross = (bx - ax) * (lat - ay) - (by - ay) * (lng - ax);
  const length = Math.hypot(bx - ax, by - ay);
  return Math.abs(cross) <= EDGE_TOLERANCE * Math.max(length, 1);
}

/**
 * Ray casting (crossing number) with a horizontal ray towards +longitude. The half-open test on
 * latitudes counts a vertex exactly once, so a ray through a vertex does not flip the answer twice.
 */
export function locateInRing(lng: number, lat: number, ring: Ring): RingLocation {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j];
    const b = ring[i];
    if (onSegment(lng, lat, a, b)) return 'boundary';
    if (a[1] > lat !== b[1] > lat) {
      const crossingLng = a[0] + ((lat - a[1]) * (b[0] - a[0])) / (b[1] - a[1]);
      if (lng < crossingLng) inside = !inside;
    }
  }
  return inside ? 'inside' : 'outside';
}

/**
 * A polygon is a closed set: a point on its outer edge, or on the edge of one of its holes, belongs
 * to it, so a point on the border between two quartiers is found in both (the caller breaks the tie).
 */
export function pointInPolygon(lng: number, lat: number, rings: readonly Ring[]): boolean {
  if (rings.length === 0) return false;
  if (locateInRing(lng, lat, rings[0]) === 'outside') return false;
  for (let h = 1; h < rings.length; h++) {
    if (locateInRing(lng, lat, rings[h]) === 'inside') return false;
  }
  return true;
}

/** True when the point lies in the Polygon or in one of the MultiPolygon's polygons (edges included). */
export function pointInBoundary(lng: number, lat: number, boundary: TerritoryBoundary): boolean {
  if (boundary.type === 'Polygon') return pointInPolygon(lng, lat, boundary.coordinates as number[][][]);
  return (boundary.coordinates as number[][][][]).some((polygon) => pointInPolygon(lng, lat, polygon));
}

/** The smallest box holding every position; stored beside the boundary so SQL can prefilter lookups. */
export function boundingBox(boundary: TerritoryBoundary): BoundingBox {
  const polygons =
    boundary.type === 'Polygon'
      ? [boundary.coordinates as number[][][]]
      : (boundary.coordinates as number[][][][]);
  const box: BoundingBox = { minLng: Infinity, minLat: Infinity, maxLng: -Infinity, maxLat: -Infinity };
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (const [lng, lat] of ring) {
        if (lng < box.minLng) box.minLng = lng;
        if (lng > box.maxLng) box.maxLng = lng;
        if (lat < box.minLat) box.minLat = lat;
        if (lat > box.maxLat) box.maxLat = lat;
      }
    }
  }
  return box;
}
