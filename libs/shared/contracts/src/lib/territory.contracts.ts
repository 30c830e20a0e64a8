import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsLatitude,
  IsLongitude,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';

export const TERRITORY_KINDS = ['metropole', 'epci', 'commune', 'quartier'] as const;
export type TerritoryKind = (typeof TERRITORY_KINDS)[number];

/** GeoJSON Polygon or MultiPolygon in WGS84 (longitude, latitude), rings closed. */
export interface TerritoryBoundary {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: number[][][] | number[][][][];
}

export interface Territory {
  id: string;
  parentId: string | null;
  name: string;
  slug: string;
  kind: TerritoryKind;
  /** INSEE code of a commune (5 characters, e.g. 44109). */
  inseeCode: string | null;
  hasBoundary: boolean;
}

export interface TerritoryDetail extends Territory {
  boundary: TerritoryBoundary | null;
  /** From the root of the tree down to the parent. */
  ancestors: Territory[];
  children: Territory[];
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const INSEE_PATTERN = /^(?:\d{5}|2[AB]\d{3})$/;

export class CreateTerritoryRequest {
  /** Parent territory; omitted only for a new root (platform admins). */
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @IsString()
  @Length(1, 120)
  name!: string;

  @IsString()
  @Length(1, 80)
  @Matches(SLUG_PATTERN)
  slug!: string;

  @IsIn(TERRITORY_KINDS)
  kind!: TerritoryKind;

  @IsOptional()
  @IsString()
  @Matches(INSEE_PATTERN)
  inseeCode?: string;

  /** Validated in depth by the API (polygon rings closed, WGS84 bounds). */
  @IsOptional()
  @IsObject()
  boundary?: TerritoryBoundary;
}

export class UpdateTerritoryRequest {
  @IsOptional()
  @IsString()
  @Length(1, 120)
  name?: string;

  @IsOptional()
  @IsString()
  @Length(1, 80)
  @Matches(SLUG_PATTERN)
  slug?: string;

  @IsOptional()
  @IsString()
  @Matches(INSEE_PATTERN)
  inseeCode?: string | null;

  /** `null` removes the boundary. */
  @IsOptional()
  @IsObject()
  boundary?: TerritoryBoundary | null;
}

export class LocateQuery {
  @Type(() => Number)
  @IsLatitude()
  lat!: number;

  @Type(() => Number)
  @IsLongitude()
  lng!: number;
}

/** GeoJSON FeatureCollection of quartiers; each feature needs `properties.name` (and optionally `slug`). */
export class ImportQuartiersRequest {
  @IsIn(['FeatureCollection'])
  type!: 'FeatureCollection';

  /** Written by QGIS and ogr2ogr exports; ignored. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  /** Old-style (2008) coordinate system member, as QGIS writes it; only WGS84 (CRS84 / EPSG:4326) is accepted. */
  @IsOptional()
  @IsObject()
  crs?: { type: string; properties: { name: string } };

  @IsOptional()
  @IsArray()
  bbox?: number[];

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsObject({ each: true })
  features!: Array<{ type: 'Feature'; properties: Record<string, unknown>; geometry: TerritoryBoundary }>;
}

export interface ImportQuartiersResult {
  created: number;
  updated: number;
  territories: Territory[];
}

/** What a public body must publish, configurable per territory (inherited from ancestors when unset). */
export class LegalInfo {
  @IsString()
  @MaxLength(200)
  publisherName!: string;

  @IsString()
  @MaxLength(500)
  publisherAddress!: string;

  @IsString()
  @MaxLength(200)
  publicationDirector!: string;

  @IsString()
  @MaxLength(500)
  host!: string;

  @IsString()
  @MaxLength(200)
  dpoName!: string;

  @IsString()
  @MaxLength(254)
  dpoContact!: string;

  /** What personal data is held, why, and how long: free text in French. */
  @IsString()
  @MaxLength(20000)
  dataProcessing!: string;

  @IsString()
  @MaxLength(200)
  retention!: string;

  /** RGAA conformance status: `totale`, `partielle` or `non conforme`. */
  @IsIn(['totale', 'partielle', 'non conforme'])
  accessibilityStatus!: 'totale' | 'partielle' | 'non conforme';

  @IsString()
  @MaxLength(20000)
  accessibilityDetails!: string;

  @IsString()
  @MaxLength(254)
  accessibilityContact!: string;
}

export class LegalInfoWrapper {
  @IsDefined()
  @ValidateNested()
  @Type(() => LegalInfo)
  legal!: LegalInfo;
}
