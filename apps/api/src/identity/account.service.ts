import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type { Locale, Me, SignUpRequest, UpdateProfileRequest } from '@agora/contracts';

import { APP_CONFIG } from '../config/app.config';
import { preparedQuery } from '../database/prepared-statement.query';
import type { AppConfig } from '../config/app.config';
import { MailService } from '../mail/mail.service';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import { AccountEntity } from './account.entity';
import { AccountTokenService } from './account-token.service';
import { identityErrors, isEmailTakenViolation } from './identity.errors';
import { IDENTITY_RATE_LIMITS } from './identity.rate-limits';
import {
  emailChangeMail,
  emailChangeNoticeMail,
  LINK_PAGES,
  linkTo,
  verificationMail,
} from './identity-mail.template';
import { PasswordHasher } from './password.hasher';
import { passwordProblem } from './password.rule';
import { HELD_ROLES_JSON, HeldRoleJson } from './role-grant.repository';

/** The signed-in person with their roles ($1: the account). */
const ME_QUERY = `SELECT a.id, a.email, a.email_verified_at, a.display_name, a.locale, a.home_territory_id, t.name AS home_territory_name,
         a.created_at, ${HELD_ROLES_JSON} AS roles
  FROM accounts a LEFT JOIN territories t ON t.id = a.home_territory_id
  WHERE a.id = $1 AND a.deleted_at IS NULL`;

/** The address as stored and compared: the unique index is on lower(email). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Sign-up, e-mail verification, the profile and the change of address. */
@Injectable()
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
    private readonly tokens: AccountTokenService,
    private readonly mail: MailService,
    private readonly limits: RateLimitService,
  ) {}

  async signUp(request: SignUpRequest, ip: string): Promise<void> {
    await this.limits.consume(IDENTITY_RATE_LIMITS.signUpPerIp, ip);
    const email = normalizeEmail(request.email);
    const displayName = request.displayName.trim();
    if (!displayName) throw identityErrors.blankDisplayName();
    const problem = passwordProblem(request.password, email);
    if (problem) throw identityErrors.weakPassword('password', problem);
    if (await this.emailInUse(email)) throw identityErrors.emailTaken();
    const passwordHash = await this.hasher.hash(request.password);
    let token: string;
    try {
      token = await this.dataSource.transaction(async (manager) => {
        const { identifiers } = await manager.insert(AccountEntity, {
          email,
          passwordHash,
          displayName,
          locale: request.locale ?? 'fr',
        });
        return this.tokens.issue(manager, identifiers[0]['id'] as string, 'verify_email');
      });
    } catch (error) {
      // Two sign-ups with one address at the same moment: the unique index decides.
      if (isEmailTakenViolation(error)) throw identityErrors.emailTaken();
      throw error;
    }
    // The account exists even if the mail fails: the person can ask for another one once signed in.
    await this.mail.sendQuietly(
      verificationMail(email, linkTo(this.config.publicUrl, LINK_PAGES.verifyEmail, token)),
    );
  }

  async verifyEmail(token: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { accountId } = await this.tokens.consume(manager, token, 'verify_email');
      await manager.update(
        AccountEntity,
        { id: accountId },
        { emailVerifiedAt: () => 'coalesce(email_verified_at, now())', updatedAt: () => 'now()' },
      );
    });
  }

  async resendVerification(accountId: string): Promise<void> {
    const account = await this.dataSource.manager.findOneByOrFail(AccountEntity, { id: accountId });
    if (account.emailVerifiedAt) throw identityErrors.emailAlreadyVerified();
    await this.limits.consume(IDENTITY_RATE_LIMITS.verificationMailPerAccount, accountId);
    const token = await this.tokens.issue(this.dataSource.manager, accountId, 'verify_email');
    await this.mail.send(
      verificationMail(account.email ?? '', linkTo(this.config.publicUrl, LINK_PAGES.verifyEmail, token)),
    );
  }

  /** One round trip (the web app asks on every visit): the account with its roles. */
  async me(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<Me> {
    // Prepared outside a transaction (every visit asks); inside one, the caller's connection.
    const rows: Array<AccountRow & { roles: HeldRoleJson[] }> = manager.queryRunner
      ? await manager.query(ME_QUERY, [accountId])
      : await preparedQuery(this.dataSource, 'me', ME_QUERY, [accountId]);
    const row = rows[0];
    if (!row) throw identityErrors.signedOut();
    return {
      id: row.id,
      email: row.email,
      emailVerified: row.email_verified_at !== null,
      displayName: row.display_name,
      locale: row.locale,
      homeTerritoryId: row.home_territory_id,
      homeTerritoryName: row.home_territory_name,
      roles: row.roles.map(({ id, role, territoryId, territoryName }) => ({
        id,
        role,
        territoryId,
        territoryName,
      })),
      createdAt: row.created_at.toISOString(),
    };
  }

  async updateProfile(accountId: string, request: UpdateProfileRequest): Promise<Me> {
    const changes: Partial<Pick<AccountEntity, 'displayName' | 'locale' | 'homeTerritoryId'>> = {};
    if (request.displayName !== undefined) {
      changes.displayName = request.displayName.trim();
      if (!changes.displayName) throw identityErrors.blankDisplayName();
    }
    if (request.locale !== undefined) changes.locale = request.locale;
    if (request.homeTerritoryId !== undefined) {
      if (request.homeTerritoryId !== null && !(await this.isHomeTerritory(request.homeTerritoryId))) {
        throw identityErrors.unknownTerritory();
      }
      changes.homeTerritoryId = request.homeTerritoryId;
    }
    if (Object.keys(changes).length > 0) {
      await this.dataSource.manager.update(
        AccountEntity,
        { id: accountId },
        { ...changes, updatedAt: () => 'now()' },
      );
    }
    return this.me(accountId);
  }

  /** Sends a link to the new address; the address changes only when that link is followed. */
  async requestEmailChange(account: AccountEntity, newEmail: string): Promise<void> {
    const email = normalizeEmail(newEmail);
    if (email === account.email) throw identityErrors.emailUnchanged();
    if (await this.emailInUse(email)) throw identityErrors.emailTaken();
    await this.limits.consume(IDENTITY_RATE_LIMITS.emailChangePerAccount, account.id);
    const token = await this.tokens.issue(this.dataSource.manager, account.id, 'change_email', email);
    await this.mail.send(
      emailChangeMail(email, linkTo(this.config.publicUrl, LINK_PAGES.confirmEmailChange, token)),
    );
    await this.mail.sendQuietly(emailChangeNoticeMail(account.email ?? ''));
  }

  async confirmEmailChange(token: string): Promise<void> {
    try {
      await this.dataSource.transaction(async (manager) => {
        const { accountId, newEmail } = await this.tokens.consume(manager, token, 'change_email');
        // Following the link proves the person reads the new address: it is verified at once.
        await manager.update(
          AccountEntity,
          { id: accountId },
          { email: newEmail, emailVerifiedAt: () => 'now()', updatedAt: () => 'now()' },
        );
      });
    } catch (error) {
      // Someone else signed up with that address meanwhile; the link stays usable if it frees up.
      if (isEmailTakenViolation(error)) throw identityErrors.emailTaken();
      throw error;
    }
  }

  private async emailInUse(email: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM accounts WHERE lower(email) = $1 AND email IS NOT NULL`,
      [email],
    );
    return rows.length > 0;
  }

  /** A home is a commune or a quartier (not a métropole): it is where the person lives. */
  private async isHomeTerritory(territoryId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM territories WHERE id = $1 AND kind IN ('commune', 'quartier')`,
      [territoryId],
    );
    return rows.length > 0;
  }
}

interface AccountRow {
  id: string;
  email: string;
  email_verified_at: Date | null;
  display_name: string;
  locale: Locale;
  home_territory_id: string | null;
  home_territory_name: string | null;
  created_at: Date;
}
