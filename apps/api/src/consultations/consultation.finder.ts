import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type { RoleName } from '@agora/contracts';

import { accessErrors } from '../access/access.errors';
import { isUuid } from '../access/id.rule';
import { RoleService } from '../access/role.service';
import { ConsultationEntity } from './consultation.entity';
import { consultationErrors } from './consultation.errors';

/** Officials and admins publish, close and conclude; staff prepare on their behalf. */
export const CONSULTATION_OWNERS: RoleName[] = ['official', 'admin'];
export const CONSULTATION_TEAM: RoleName[] = ['staff', 'official', 'admin'];

/** Finds consultations and checks who may act on them: the one place drafts are kept from the public. */
@Injectable()
export class ConsultationFinder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly roles: RoleService,
  ) {}

  /** By id or slug; unknown → 404. `lock`: FOR UPDATE (settings changes), `share`: FOR KEY SHARE (answers). */
  async find(
    ref: string,
    manager: EntityManager = this.dataSource.manager,
    lock?: 'update' | 'share',
  ): Promise<ConsultationEntity> {
    const where = isUuid(ref) ? { id: ref.toLowerCase() } : { slug: ref };
    const found = await manager.findOne(ConsultationEntity, {
      where,
      ...(lock
        ? { lock: { mode: lock === 'update' ? ('pessimistic_write' as const) : ('for_key_share' as const) } }
        : {}),
    });
    if (!found) throw consultationErrors.notFound();
    return found;
  }

  /** Whether the account holds one of the roles (the team by default) on the territory or above. */
  async isTeam(
    accountId: string | null,
    consultation: Pick<ConsultationEntity, 'territoryId'>,
    manager?: EntityManager,
    roles: readonly RoleName[] = CONSULTATION_TEAM,
  ): Promise<boolean> {
    return accountId !== null && this.roles.hasRole(accountId, roles, consultation.territoryId, manager);
  }

  /** Refuses (403) unless the account holds one of the roles on the consultation's territory or above. */
  async requireRole(
    accountId: string,
    roles: readonly RoleName[],
    consultation: Pick<ConsultationEntity, 'territoryId'>,
    manager?: EntityManager,
  ): Promise<void> {
    if (!(await this.roles.hasRole(accountId, roles, consultation.territoryId, manager)))
      throw accessErrors.forbidden();
  }

  /** Drafts are visible to the team only; anyone else gets the same 404 as for nothing. */
  async findVisible(ref: string, viewerId: string | null): Promise<ConsultationEntity> {
    const consultation = await this.find(ref);
    if (consultation.status === 'draft' && !(await this.isTeam(viewerId, consultation)))
      throw consultationErrors.notFound();
    return consultation;
  }

  /** The consultation, for a member of its team (or 403 / 404). */
  async findForTeam(
    ref: string,
    accountId: string,
    roles: readonly RoleName[] = CONSULTATION_TEAM,
  ): Promise<ConsultationEntity> {
    const consultation = await this.find(ref);
    await this.requireRole(accountId, roles, consultation);
    return consultation;
  }
}
