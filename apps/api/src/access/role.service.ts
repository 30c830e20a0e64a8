import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type { RoleName } from '@agora/contracts';

export type RoleVerdict = 'granted' | 'denied' | 'unknownTerritory';

/**
 * The territory and its ancestors, walked upwards in one recursive query. UNION (not UNION ALL)
 * stops the walk even if a cycle ever slipped into the tree.
 */
const CHAIN = `
  WITH RECURSIVE chain AS (
    SELECT id, parent_id FROM territories WHERE id = $1
    UNION
    SELECT t.id, t.parent_id FROM territories t JOIN chain c ON t.id = c.parent_id
  )`;

/** Answers "may this person act as one of these roles here?", with roles inherited down the tree. */
@Injectable()
export class RoleService {
  constructor(private readonly dataSource: DataSource) {}

  /** One query: does the territory exist, and does the account hold one of the roles on it or an ancestor? */
  async check(
    accountId: string,
    roles: readonly RoleName[],
    territoryId: string,
    manager?: EntityManager,
  ): Promise<RoleVerdict> {
    const [row]: Array<{ territory_exists: boolean; granted: boolean }> = await (
      manager ?? this.dataSource.manager
    ).query(
      `${CHAIN}
       SELECT EXISTS (SELECT 1 FROM chain) AS territory_exists,
              EXISTS (SELECT 1 FROM role_assignments ra JOIN chain c ON ra.territory_id = c.id
                      WHERE ra.account_id = $2 AND ra.role = ANY($3::text[])) AS granted`,
      [territoryId, accountId, roles],
    );
    if (!row.territory_exists) return 'unknownTerritory';
    return row.granted ? 'granted' : 'denied';
  }

  async hasRole(
    accountId: string,
    roles: readonly RoleName[],
    territoryId: string,
    manager?: EntityManager,
  ): Promise<boolean> {
    return (await this.check(accountId, roles, territoryId, manager)) === 'granted';
  }

  /** True when the account holds one of the roles on at least one territory (e.g. to open the back office). */
  async holdsAnywhere(accountId: string, roles: readonly RoleName[]): Promise<boolean> {
    const [row]: Array<{ held: boolean }> = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM role_assignments WHERE account_id = $1 AND role = ANY($2::text[])) AS held`,
      [accountId, roles],
    );
    return row.held;
  }

  /**
   * The other holders of `role` on the territory or one of its ancestors, locked until the end of the
   * caller's transaction so that two admins cannot remove each other at the same moment.
   */
  async otherHoldersAbove(
    territoryId: string,
    role: RoleName,
    exceptAssignmentId: string,
    manager: EntityManager,
  ): Promise<number> {
    const rows: Array<{ id: string }> = await manager.query(
      `${CHAIN}
       SELECT ra.id FROM role_assignments ra
       WHERE ra.territory_id IN (SELECT id FROM chain) AND ra.role = $2
       FOR UPDATE`,
      [territoryId, role],
    );
    return rows.filter((row) => row.id !== exceptAssignmentId).length;
  }
}
