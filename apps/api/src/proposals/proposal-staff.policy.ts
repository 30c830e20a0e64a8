import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { RoleName } from '@agora/contracts';

import { accessErrors } from '../access/access.errors';
import { RoleService } from '../access/role.service';

/** Who moderates and assesses proposals: the territory's staff, and its admins. */
export const PROPOSAL_STAFF_ROLES: RoleName[] = ['staff', 'admin'];

/**
 * The route lets in anyone holding a staff role somewhere; this narrows to the proposal's own
 * territory (held there or above), so a quartier's agent acts on that quartier only.
 */
@Injectable()
export class ProposalStaffPolicy {
  constructor(private readonly roles: RoleService) {}

  async assertStaffOf(accountId: string, territoryId: string, manager?: EntityManager): Promise<void> {
    if (!(await this.roles.hasRole(accountId, PROPOSAL_STAFF_ROLES, territoryId, manager)))
      throw accessErrors.forbidden();
  }

  async isStaffOf(accountId: string, territoryId: string): Promise<boolean> {
    return this.roles.hasRole(accountId, PROPOSAL_STAFF_ROLES, territoryId);
  }
}
