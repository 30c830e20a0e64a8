import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type { RoleGrant, RoleName } from '@agora/contracts';

/** A role held by the person, with when it was granted (for the export). */
export interface HeldRole extends RoleGrant {
  grantedAt: string;
}

/** A role as {@link HELD_ROLES_JSON} gives it. */
export type HeldRoleJson = RoleGrant;

/**
 * The roles of the account `a` (an `accounts` row in the enclosing query), as a JSON array in the
 * order of {@link RoleGrantRepository.heldBy}: a column of the query that reads the account, so that
 * `GET /api/me` costs one round trip instead of two.
 */
export const HELD_ROLES_JSON = `(SELECT coalesce(json_agg(json_build_object('id', ra.id, 'role', ra.role, 'territoryId', ra.territory_id, 'territoryName', rt.name)
            ORDER BY rt.name, ra.role), '[]'::json)
     FROM role_assignments ra JOIN territories rt ON rt.id = ra.territory_id WHERE ra.account_id = a.id)`;

/**
 * The person's own roles, read from `role_assignments` (owned by the access module) in plain SQL so
 * that identity depends on the table, not on the other module's classes.
 */
@Injectable()
export class RoleGrantRepository {
  constructor(private readonly dataSource: DataSource) {}

  async heldBy(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<HeldRole[]> {
    const rows: Array<{
      id: string;
      role: RoleName;
      territory_id: string;
      territory_name: string;
      granted_at: Date;
    }> = await manager.query(
      `SELECT ra.id, ra.role, ra.territory_id, t.name AS territory_name, ra.granted_at
         FROM role_assignments ra JOIN territories t ON t.id = ra.territory_id
         WHERE ra.account_id = $1
         ORDER BY t.name, ra.role`,
      [accountId],
    );
    return rows.map((row) => ({
      id: row.id,
      role: row.role,
      territoryId: row.territory_id,
      territoryName: row.territory_name,
      grantedAt: row.granted_at.toISOString(),
    }));
  }

  async removeAllOf(accountId: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM role_assignments WHERE account_id = $1`, [accountId]);
  }
}
