import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Territory, TerritoryBoundary } from '@agora/contracts';

import { pointInBoundary } from './point-in-polygon.rule';
import { territoryErrors } from './territory.errors';
import { rowToTerritory, TERRITORY_COLUMNS, TerritoryRow } from './territory.mapper';

interface CandidateRow extends TerritoryRow {
  boundary: TerritoryBoundary;
  depth: number;
  bbox_area: number;
}

/**
 * Finds a resident's quartier from a point, without PostGIS (absent from the embedded server): SQL
 * keeps the quartiers whose bounding box holds the point (an index range scan), and the exact
 * point-in-polygon test runs here on those few.
 */
@Injectable()
export class TerritoryLocator {
  constructor(private readonly dataSource: DataSource) {}

  /** The deepest quartier containing the point; on a shared border, the one with the smaller box (then by slug), so the answer is stable. */
  async locate(lat: number, lng: number): Promise<Territory> {
    const candidates: CandidateRow[] = await this.dataSource.query(
      `WITH RECURSIVE candidate AS (
         SELECT t.id FROM territories t
         WHERE t.kind = 'quartier' AND t.boundary IS NOT NULL
           AND t.bbox_min_lng <= $1 AND t.bbox_max_lng >= $1 AND t.bbox_min_lat <= $2 AND t.bbox_max_lat >= $2
       ), up AS (
         SELECT c.id AS start_id, t.parent_id, 0 AS depth FROM candidate c JOIN territories t ON t.id = c.id
         UNION ALL
         SELECT up.start_id, p.parent_id, up.depth + 1 FROM up JOIN territories p ON p.id = up.parent_id WHERE up.depth < 100
       )
       SELECT ${TERRITORY_COLUMNS}, t.boundary, (SELECT max(depth) FROM up WHERE up.start_id = t.id) AS depth,
              (t.bbox_max_lng - t.bbox_min_lng) * (t.bbox_max_lat - t.bbox_min_lat) AS bbox_area
       FROM territories t WHERE t.id IN (SELECT id FROM candidate)
       ORDER BY depth DESC, bbox_area ASC, t.slug ASC`,
      [lng, lat],
    );
    const found = candidates.find((candidate) => pointInBoundary(lng, lat, candidate.boundary));
    if (!found) throw territoryErrors.noQuartierAtPoint();
    return rowToTerritory(found);
  }
}
