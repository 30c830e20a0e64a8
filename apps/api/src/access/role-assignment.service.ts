import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type { GrantRoleRequest, RoleAssignment, RoleName } from '@agora/contracts';

import { AuditService } from '../audit/audit.service';
import { accessErrors } from './access.errors';
import { RoleAssignmentEntity } from './role-assignment.entity';
import { RoleService } from './role.service';

interface AssignmentRow {
  id: string;
  account_id: string;
  display_name: string | null;
  email: string | null;
  role: RoleName;
  territory_id: string;
  territory_name: string;
  granted_at: Date;
}

const SELECT_ASSIGNMENTS = `
  SELECT ra.id, ra.account_id, a.display_name, a.email, ra.role, ra.territory_id, t.name AS territory_name, ra.granted_at
  FROM role_assignments ra
  JOIN accounts a ON a.id = ra.account_id
  JOIN territories t ON t.id = ra.territory_id`;

function toRoleAssignment(row: AssignmentRow): RoleAssignment {
  return {
    id: row.id,
    accountId: row.account_id,
    displayName: row.display_name ?? '',
    email: row.email ?? '',
    role: row.role,
    territoryId: row.territory_id,
    territoryName: row.territory_name,
    grantedAt: row.granted_at.toISOString(),
  };
}

/** What the audit log keeps of an assignment: ids only, no e-mail, so erasing an account erases it here too. */
function snapshot(assignment: Pick<RoleAssignmentEntity, 'accountId' | 'role' | 'territoryId'>) {
  return { accountId: assignment.accountId, role: assignment.role, territoryId: assignment.territoryId };
}

/** Admins grant and revoke roles on their territories; every change is audited in the same transaction. */
@Injectable()
export class RoleAssignmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly roles: RoleService,
    private readonly audit: AuditService,
  ) {}

  /** Assignments on the territory and on all its descendants. */
  async list(territoryId: string): Promise<RoleAssignment[]> {
    const rows: AssignmentRow[] = await this.dataSource.query(
      `WITH RECURSIVE subtree AS (
         SELECT id FROM territories WHERE id = $1
         UNION
         SELECT t.id FROM territories t JOIN subtree s ON t.parent_id = s.id
       )
       ${SELECT_ASSIGNMENTS}
       WHERE ra.territory_id IN (SELECT id FROM subtree)
       ORDER BY t.name, ra.role, a.display_name, ra.id`,
      [territoryId],
    );
    return rows.map(toRoleAssignment);
  }

  async grant(actorId: string, request: GrantRoleRequest): Promise<RoleAssignment> {
    return this.dataSource.transaction(async (manager) => {
      const [account]: Array<{ id: string }> = await manager.query(
        `SELECT id FROM accounts WHERE lower(email) = lower($1) AND deleted_at IS NULL`,
        [request.email],
      );
      if (!account) throw accessErrors.accountNotFound(request.email);
      const inserted: Array<{ id: string }> = await manager.query(
        `INSERT INTO role_assignments (account_id, role, territory_id, granted_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (account_id, role, territory_id) DO NOTHING
         RETURNING id`,
        [account.id, request.role, request.territoryId, actorId],
      );
      if (inserted.length === 0) throw accessErrors.roleAlreadyGranted();
      const id = inserted[0].id;
      await this.audit.record(
        {
          actorId,
          action: 'role.grant',
          objectType: 'role_assignment',
          objectId: id,
          territoryId: request.territoryId,
          before: null,
          after: snapshot({ accountId: account.id, role: request.role, territoryId: request.territoryId }),
        },
        manager,
      );
      return this.findOne(id, manager);
    });
  }

  async revoke(actorId: string, assignmentId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const assignment = await manager.findOne(RoleAssignmentEntity, {
        where: { id: assignmentId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!assignment) throw accessErrors.roleAssignmentNotFound();
      // The route lets any admin in; only an admin of this assignment's territory (or above) may revoke it.
      if (!(await this.roles.hasRole(actorId, ['admin'], assignment.territoryId, manager)))
        throw accessErrors.forbidden();
      if (
        assignment.role === 'admin' &&
        (await this.roles.otherHoldersAbove(assignment.territoryId, 'admin', assignment.id, manager)) === 0
      ) {
        throw accessErrors.lastAdmin();
      }
      await manager.delete(RoleAssignmentEntity, { id: assignment.id });
      await this.audit.record(
        {
          actorId,
          action: 'role.revoke',
          objectType: 'role_assignment',
          objectId: assignment.id,
          territoryId: assignment.territoryId,
          before: snapshot(assignment),
          after: null,
        },
        manager,
      );
    });
  }

  private async findOne(id: string, manager: EntityManager): Promise<RoleAssignment> {
    const [row]: AssignmentRow[] = await manager.query(`${SELECT_ASSIGNMENTS} WHERE ra.id = $1`, [id]);
    return toRoleAssignment(row);
  }
}
