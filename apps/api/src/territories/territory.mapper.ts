import { createHash } from 'node:crypto';

import type { Territory, TerritoryBoundary, TerritoryDetail, TerritoryKind } from '@agora/contracts';

import type { BoundingBox } from './point-in-polygon.rule';
import type { TerritoryEntity } from './territory.entity';

export function toTerritory(entity: TerritoryEntity): Territory {
  return {
    id: entity.id,
    parentId: entity.parentId,
    name: entity.name,
    slug: entity.slug,
    kind: entity.kind,
    inseeCode: entity.inseeCode,
    hasBoundary: entity.boundary !== null,
  };
}

export function toTerritoryDetail(
  entity: TerritoryEntity,
  ancestors: Territory[],
  children: Territory[],
): TerritoryDetail {
  return { ...toTerritory(entity), boundary: entity.boundary, ancestors, children };
}

/** The columns of a `Territory` answer, without the boundary itself (which can weigh a megabyte). */
export const TERRITORY_COLUMNS = `t.id, t.parent_id, t.name, t.slug, t.kind, t.insee_code, t.boundary IS NOT NULL AS has_boundary`;

export interface TerritoryRow {
  id: string;
  parent_id: string | null;
  name: string;
  slug: string;
  kind: TerritoryKind;
  insee_code: string | null;
  has_boundary: boolean;
}

export function rowToTerritory(row: TerritoryRow): Territory {
  return {
    id: row.id,
    parentId: row.parent_id,
    name: row.name,
    slug: row.slug,
    kind: row.kind,
    inseeCode: row.insee_code,
    hasBoundary: row.has_boundary,
  };
}

/** The boundary and its bounding box always change together. */
export function boundaryColumns(
  checked: { boundary: TerritoryBoundary; bbox: BoundingBox } | null,
): Pick<TerritoryEntity, 'boundary' | 'bboxMinLng' | 'bboxMinLat' | 'bboxMaxLng' | 'bboxMaxLat'> {
  return {
    boundary: checked?.boundary ?? null,
    bboxMinLng: checked?.bbox.minLng ?? null,
    bboxMinLat: checked?.bbox.minLat ?? null,
    bboxMaxLng: checked?.bbox.maxLng ?? null,
    bboxMaxLat: checked?.bbox.maxLat ?? null,
  };
}

/**
 * What the audit log keeps of a territory. A boundary can weigh a megabyte: the log keeps its type,
 * size and SHA-256, enough to tell that (and when) it changed without copying it at every edit.
 */
export function territoryAuditSnapshot(
  entity: Pick<TerritoryEntity, 'parentId' | 'name' | 'slug' | 'kind' | 'inseeCode' | 'boundary'>,
) {
  return {
    parentId: entity.parentId,
    name: entity.name,
    slug: entity.slug,
    kind: entity.kind,
    inseeCode: entity.inseeCode,
    boundary: entity.boundary ? boundaryDigest(entity.boundary) : null,
  };
}

function boundaryDigest(boundary: TerritoryBoundary) {
  const json = JSON.stringify(boundary);
  return {
    type: boundary.type,
    bytes: Buffer.byteLength(json),
    sha256: createHash('sha256').update(json).digest('hex'),
  };
}
