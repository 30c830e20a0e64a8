/** GeoJSON Polygon or MultiPolygon in WGS84 (longitude first), as the territories API returns it. */
export interface MapGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: number[][][] | number[][][][];
}

/** A longitude / latitude pair (WGS84). */
export interface MapCoordinates {
  lng: number;
  lat: number;
}

/** A drawn position in the SVG's own units. */
export interface MapXY {
  x: number;
  y: number;
}

export interface MapProjection {
  width: number;
  height: number;
  toSvg(point: MapCoordinates): MapXY;
  toGeo(x: number, y: number): MapCoordinates;
  /** SVG path data of a polygon or multipolygon, holes included (draw with fill-rule evenodd). */
  path(geometry: MapGeometry): string;
}

/** The drawing is this many units wide; its height follows the territory's proportions. */
export const MAP_WIDTH = 1000;
const PADDING = 24;
/** Metropolitan France, when there is nothing to frame. */
const DEFAULT_EXTENT = { minLng: -5.2, maxLng: 9.6, minLat: 41.3, maxLat: 51.1 };
/** Around a lone point: about a kilometre each way. */
const LONE_POINT_MARGIN = 0.01;

/** The polygons' rings (outer and holes), whatever the geometry type. */
export function ringsOf(geometry: MapGeometry): number[][][] {
  return geometry.type === 'Polygon'
    ? (geometry.coordinates as number[][][])
    : (geometry.coordinates as number[][][][]).flat();
}

interface Extent {
  minLng: number;
  maxLng: number;
  minLat: number;
  maxLat: number;
}

function extentOf(geometries: readonly MapGeometry[], points: readonly MapCoordinates[]): Extent {
  const lngs: number[] = [];
  const lats: number[] = [];
  for (const geometry of geometries) {
    for (const ring of ringsOf(geometry)) {
      for (const [lng, lat] of ring) {
        lngs.push(lng);
        lats.push(lat);
      }
    }
  }
  for (const point of points) {
    lngs.push(point.lng);
    lats.push(point.lat);
  }
  if (!lngs.length) return DEFAULT_EXTENT;
  const extent = {
    minLng: Math.min(...lngs),
    maxLng: Math.max(...lngs),
    minLat: Math.min(...lats),
    maxLat: Math.max(...lats),
  };
  if (extent.maxLng - extent.minLng < 1e-9 && extent.maxLat - extent.minLat < 1e-9) {
    return {
      minLng: extent.minLng - LONE_POINT_MARGIN,
      maxLng: extent.maxLng + LONE_POINT_MARGIN,
      minLat: extent.minLat - LONE_POINT_MARGIN,
      maxLat: extent.maxLat + LONE_POINT_MARGIN,
    };
  }
  return extent;
}

/**
 * An equirectangular projection framed on the given shapes and points. At the scale of a city
 * the error is negligible, and it needs neither tiles nor a library: longitudes are shrunk by the
 * cosine of the middle latitude so that a quartier keeps its shape.
 */
export function createProjection(
  geometries: readonly MapGeometry[],
  points: readonly MapCoordinates[] = [],
): MapProjection {
  const extent = extentOf(geometries, points);
  const shrink = Math.cos((((extent.minLat + extent.maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((extent.maxLng - extent.minLng) * shrink, 1e-9);
  const spanY = Math.max(extent.maxLat - extent.minLat, 1e-9);
  const scale = (MAP_WIDTH - 2 * PADDING) / Math.max(spanX, spanY);
  const width = MAP_WIDTH;
  // A tall shape gets a square drawing rather than a very long one.
  const height = Math.round(Math.max(spanY * scale, spanX * scale * 0.5) + 2 * PADDING);
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  const round = (value: number): number => Math.round(value * 10) / 10;

  const toSvg = (point: MapCoordinates): MapXY => ({
    x: round(offsetX + (point.lng - extent.minLng) * shrink * scale),
    y: round(offsetY + (extent.maxLat - point.lat) * scale),
  });
  const toGeo = (x: number, y: number): MapCoordinates => ({
    lng: roundDegrees(extent.minLng + (x - offsetX) / scale / shrink),
    lat: roundDegrees(extent.maxLat - (y - offsetY) / scale),
  });
  const path = (geometry: MapGeometry): string =>
    ringsOf(geometry)
      .filter((ring) => ring.length >= 3)
      .map((ring) => {
        const [first, ...rest] = ring.map(([lng, lat]) => toSvg({ lng, lat }));
        return `M${first.x} ${first.y}` + rest.map((p) => `L${p.x} ${p.y}`).join('') + 'Z';
      })
      .join('');
  return { width, height, toSvg, toGeo, path };
}

/** Six decimals: about ten centimetres, more than a click can mean. */
function roundDegrees(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Even-odd ray casting; holes count as outside. */
export function geometryContains(geometry: MapGeometry, point: MapCoordinates): boolean {
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates as number[][][]]
      : (geometry.coordinates as number[][][][]);
  return polygons.some((rings) => {
    let inside = false;
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (
          yi > point.lat !== yj > point.lat &&
          point.lng < ((xj - xi) * (point.lat - yi)) / (yj - yi) + xi
        ) {
          inside = !inside;
        }
      }
    }
    return inside;
  });
}
