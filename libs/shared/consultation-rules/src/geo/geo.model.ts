/** A GeoJSON position: `[longitude, latitude]` in WGS84 (a third number, the altitude, is ignored). */
export type Position = number[];

/** A GeoJSON Polygon: the first ring is the outline, the next ones are holes. Rings are closed. */
export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: Position[][];
}

/** A GeoJSON MultiPolygon: a territory made of several parts (a commune with an island). */
export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: Position[][][];
}

/** The outline of a territory, copied into a map question when the official builds it. */
export type GeoBoundary = PolygonGeometry | MultiPolygonGeometry;

/** A point a resident put on the map, in WGS84 degrees. */
export interface GeoPoint {
  lng: number;
  lat: number;
}
