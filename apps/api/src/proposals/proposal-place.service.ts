import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { TerritoryBoundary } from '@agora/contracts';

import { pointInBoundary } from '../territories/point-in-polygon.rule';
import { proposalErrors } from './proposal.errors';
import type { ProcessRef } from './proposal.repository';

export interface PlaceInput {
  /** A quartier of the process's territory, or null for city-wide. */
  quartierId: string | null;
  lat: number | null;
  lng: number | null;
}

interface TerritoryRow {
  id: string;
  name: string;
  kind: string;
  boundary: TerritoryBoundary | null;
  under_process: boolean;
}

/**
 * Where a proposal is: its territory (a quartier under the process's territory, or that territory
 * itself) and an optional point, which must lie within that territory's boundary.
 */
@Injectable()
export class ProposalPlaceService {
  /** The territory the proposal belongs to; refuses a foreign quartier or a point outside it. */
  async resolve(
    process: ProcessRef,
    place: PlaceInput,
    manager: EntityManager,
  ): Promise<{ territoryId: string }> {
    if ((place.lat === null) !== (place.lng === null)) throw proposalErrors.halfLocation();
    const territoryId = place.quartierId ?? process.territoryId;
    const [territory]: TerritoryRow[] = await manager.query(
      `WITH RECURSIVE chain AS (
         SELECT id, parent_id, 0 AS depth FROM territories WHERE id = $1
         UNION ALL
         SELECT t.id, t.parent_id, c.depth + 1 FROM territories t JOIN chain c ON t.id = c.parent_id WHERE c.depth < 50
       )
       SELECT t.id, t.name, t.kind, t.boundary, EXISTS (SELECT 1 FROM chain WHERE id = $2) AS under_process
       FROM territories t WHERE t.id = $1`,
      [territoryId, process.territoryId],
    );
    if (!territory) throw proposalErrors.wrongQuartier();
    if (place.quartierId !== null && (territory.kind !== 'quartier' || !territory.under_process))
      throw proposalErrors.wrongQuartier();
    // A territory drawn without a boundary cannot be checked; the point is then taken as given.
    if (
      place.lat !== null &&
      place.lng !== null &&
      territory.boundary &&
      !pointInBoundary(place.lng, place.lat, territory.boundary)
    ) {
      throw proposalErrors.pointOutside(territory.name);
    }
    return { territoryId };
  }
}
