import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { RoleName, TerritoryBoundary, WorkPlace } from '@agora/contracts';

import { RoleService } from '../access/role.service';
import { checkPlace, placeInside } from './work-place.rule';
import { workErrors } from './work.errors';

/** Who manages works: staff, officials and administrators of the territory or above. */
export const WORK_STAFF: RoleName[] = ['staff', 'official', 'admin'];

export interface WorkTerritory {
  id: string;
  name: string;
  kind: string;
  boundary: TerritoryBoundary | null;
  /** The commune above (or the territory itself when it is the commune). */
  communeId: string;
}

/** Where a work is: a commune or one of its quartiers, a place inside it, and who may manage it. */
@Injectable()
export class WorkTerritoryService {
  constructor(private readonly roles: RoleService) {}

  async resolve(territoryId: string, manager: EntityManager): Promise<WorkTerritory> {
    const [row]: Array<{ id: string; name: string; kind: string; boundary: TerritoryBoundary | null; commune_id: string | null }> = await manager.query(
      `WITH RECURSIVE up AS (
         SELECT id, parent_id, kind, 0 AS depth FROM territories WHERE id = $1
         UNION ALL SELECT t.id, t.parent_id, t.kind, u.depth + 1 FROM territories t JOIN up u ON t.id = u.parent_id WHERE u.depth < 20
       )
       SELECT t.id, t.name, t.kind, t.boundary, (SELECT id FROM up WHERE kind = 'commune' ORDER BY depth LIMIT 1) AS commune_id
       FROM territories t WHERE t.id = $1`,
      [territoryId],
    );
    if (!row) throw workErrors.territoryNotFound();
    if ((row.kind !== 'commune' && row.kind !== 'quartier') || !row.commune_id) throw workErrors.wrongTerritory();
    return { id: row.id, name: row.name, kind: row.kind, boundary: row.boundary, communeId: row.commune_id };
  }

  async assertStaff(actorId: string, territoryId: string, manager: EntityManager): Promise<void> {
    if (!(await this.roles.hasRole(actorId, WORK_STAFF, territoryId, manager))) throw workErrors.notStaff();
  }

  /** The place as stored: checked (WGS84, size caps) and inside the territory when it has a boundary. */
  place(value: unknown, territory: WorkTerritory): WorkPlace | null {
    if (value === null || value === undefined) return null;
    const check = checkPlace(value);
    if (!check.ok) throw workErrors.place(check.problem);
    if (territory.boundary && !placeInside(check.place, territory.boundary)) throw workErrors.placeOutside(territory.name);
    return check.place;
  }
}
