import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { DataSource, EntityManager } from 'typeorm';

import type { PersonalDataExport } from '@agora/contracts';

import { AccountEntity } from './account.entity';
import { AccountTokenEntity } from './account-token.entity';
import { AccountTokenService } from './account-token.service';
import {
  AccountErasureHook,
  ContributesPersonalData,
  ErasesPersonalData,
  PersonalDataContributor,
} from './personal-data.contributor';
import { RoleGrantRepository } from './role-grant.repository';
import { SessionEntity } from './session.entity';
import { SessionService } from './session.service';

/** The GDPR rights: access (article 15, the export) and erasure (article 17). */
@Injectable()
export class PersonalDataService implements OnModuleInit {
  private contributors: PersonalDataContributor[] = [];
  private erasureHooks: AccountErasureHook[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly discovery: DiscoveryService,
    private readonly roles: RoleGrantRepository,
    private readonly tokens: AccountTokenService,
    private readonly sessions: SessionService,
  ) {}

  onModuleInit(): void {
    const instances = (decorator: typeof ContributesPersonalData) =>
      this.discovery
        .getProviders({ metadataKey: decorator.KEY })
        .map((wrapper) => wrapper.instance as unknown)
        .filter((instance) => instance !== undefined && instance !== null);
    this.contributors = instances(ContributesPersonalData) as PersonalDataContributor[];
    this.erasureHooks = instances(ErasesPersonalData) as AccountErasureHook[];
    const sections = this.contributors.map((c) => c.section);
    const duplicate = sections.find((section, i) => sections.indexOf(section) !== i);
    if (duplicate) throw new Error(`Two personal data contributors use the section "${duplicate}"`);
  }

  /** Everything held about the person, in one consistent snapshot. */
  async export(accountId: string, currentSessionId: string): Promise<PersonalDataExport> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const account = await manager.findOneByOrFail(AccountEntity, { id: accountId });
      const [territory] = account.homeTerritoryId
        ? await manager.query(`SELECT name FROM territories WHERE id = $1`, [account.homeTerritoryId])
        : [];
      const sessions = await manager.find(SessionEntity, {
        where: { accountId },
        order: { createdAt: 'ASC' },
      });
      const tokens = await manager.find(AccountTokenEntity, {
        where: { accountId },
        order: { createdAt: 'ASC' },
      });
      const other: Record<string, unknown> = {};
      for (const contributor of this.contributors)
        other[contributor.section] = await contributor.collect(accountId, manager);
      return {
        exportedAt: new Date().toISOString(),
        account: {
          id: account.id,
          email: account.email ?? '',
          displayName: account.displayName ?? '',
          locale: account.locale,
          emailVerifiedAt: account.emailVerifiedAt?.toISOString() ?? null,
          homeTerritoryId: account.homeTerritoryId,
          homeTerritoryName: (territory as { name?: string } | undefined)?.name ?? null,
          createdAt: account.createdAt.toISOString(),
          updatedAt: account.updatedAt.toISOString(),
        },
        sessions: sessions.map((s) => ({
          createdAt: s.createdAt.toISOString(),
          lastSeenAt: s.lastSeenAt.toISOString(),
          expiresAt: s.expiresAt.toISOString(),
          userAgent: s.userAgent,
          current: s.id === currentSessionId,
        })),
        emailLinks: tokens.map((t) => ({
          purpose: t.purpose,
          newEmail: t.newEmail,
          createdAt: t.createdAt.toISOString(),
          expiresAt: t.expiresAt.toISOString(),
          usedAt: t.usedAt?.toISOString() ?? null,
        })),
        roles: await this.roles.heldBy(accountId, manager),
        other,
      };
    });
  }

  /**
   * Erases the person: the other domains first (they may still need the row), then the roles, links
   * and sessions, then the account's own columns. The row stays, with nothing personal left, so that
   * contributions keep pointing at "a deleted account". One transaction: all or nothing.
   */
  async erase(accountId: string): Promise<void> {
    await this.dataSource.transaction(async (manager: EntityManager) => {
      for (const hook of this.erasureHooks) await hook.eraseAccount(accountId, manager);
      await this.roles.removeAllOf(accountId, manager);
      await this.tokens.removeAllOf(manager, accountId);
      await this.sessions.closeAllOf(accountId, manager);
      await manager.update(
        AccountEntity,
        { id: accountId },
        {
          email: null,
          passwordHash: null,
          displayName: null,
          emailVerifiedAt: null,
          homeTerritoryId: null,
          deletedAt: () => 'now()',
          updatedAt: () => 'now()',
        },
      );
    });
  }
}
