import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Me, SignInRequest } from '@agora/contracts';

import { APP_CONFIG } from '../config/app.config';
import type { AppConfig } from '../config/app.config';
import { MailService } from '../mail/mail.service';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import { AccountEntity } from './account.entity';
import { AccountService, normalizeEmail } from './account.service';
import { AccountTokenService } from './account-token.service';
import { identityErrors } from './identity.errors';
import { IDENTITY_RATE_LIMITS } from './identity.rate-limits';
import { accountDeletedMail, LINK_PAGES, linkTo, passwordResetMail } from './identity-mail.template';
import { PasswordHasher } from './password.hasher';
import { passwordProblem } from './password.rule';
import { PersonalDataService } from './personal-data.service';
import { SessionService } from './session.service';

/** Where a request comes from, for rate limits and the session list. */
export interface ClientInfo {
  ip: string;
  userAgent?: string;
  /** The session this browser already had, if any: replaced on sign-in (no session fixation). */
  sessionId?: string;
}

/** Passwords: signing in, resetting, and the actions that ask for the password again. */
@Injectable()
export class CredentialsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
    private readonly limits: RateLimitService,
    private readonly sessions: SessionService,
    private readonly tokens: AccountTokenService,
    private readonly accounts: AccountService,
    private readonly personalData: PersonalDataService,
    private readonly mail: MailService,
  ) {}

  /**
   * Counts the attempt against the IP and the address before looking at the password, so that past
   * the limit even the right password is refused (else the limit would tell a guesser when he wins).
   * A success gives its hits back: only failures count.
   */
  async signIn(request: SignInRequest, client: ClientInfo): Promise<{ me: Me; sessionToken: string }> {
    const email = normalizeEmail(request.email);
    await this.limits.consume(IDENTITY_RATE_LIMITS.signInPerIp, client.ip);
    await this.limits.consume(IDENTITY_RATE_LIMITS.signInPerAccount, email);
    const account = await this.dataSource.manager
      .createQueryBuilder(AccountEntity, 'a')
      .where('lower(a.email) = :email AND a.email IS NOT NULL', { email })
      .getOne();
    const valid = await this.hasher.verify(account?.passwordHash ?? null, request.password);
    if (!account || !valid) throw identityErrors.invalidCredentials();
    await this.limits.refund(IDENTITY_RATE_LIMITS.signInPerIp, client.ip);
    await this.limits.refund(IDENTITY_RATE_LIMITS.signInPerAccount, email);
    if (account.passwordHash && this.hasher.needsRehash(account.passwordHash)) {
      await this.dataSource.manager.update(
        AccountEntity,
        { id: account.id },
        { passwordHash: await this.hasher.hash(request.password) },
      );
    }
    if (client.sessionId) await this.sessions.close(client.sessionId);
    const sessionToken = await this.sessions.open(account.id, client.userAgent);
    return { me: await this.accounts.me(account.id), sessionToken };
  }

  /** Always the same answer, whether or not the address has an account. */
  async requestPasswordReset(rawEmail: string, client: ClientInfo): Promise<void> {
    const email = normalizeEmail(rawEmail);
    await this.limits.consume(IDENTITY_RATE_LIMITS.resetPerIp, client.ip);
    await this.limits.consume(IDENTITY_RATE_LIMITS.resetPerEmail, email);
    const account = await this.dataSource.manager
      .createQueryBuilder(AccountEntity, 'a')
      .where('lower(a.email) = :email AND a.email IS NOT NULL', { email })
      .getOne();
    if (!account) return;
    const token = await this.tokens.issue(this.dataSource.manager, account.id, 'reset_password');
    await this.mail.sendQuietly(
      passwordResetMail(email, linkTo(this.config.publicUrl, LINK_PAGES.resetPassword, token)),
    );
  }

  /** Sets the new password, proves the address (the link came to it) and signs out every device. */
  async confirmPasswordReset(token: string, password: string): Promise<void> {
    const { accountId } = await this.tokens.assertUsable(this.dataSource.manager, token, 'reset_password');
    const account = await this.dataSource.manager.findOneByOrFail(AccountEntity, { id: accountId });
    const problem = passwordProblem(password, account.email ?? '');
    if (problem) throw identityErrors.weakPassword('password', problem);
    const passwordHash = await this.hasher.hash(password);
    await this.dataSource.transaction(async (manager) => {
      await this.tokens.consume(manager, token, 'reset_password');
      await manager.update(
        AccountEntity,
        { id: accountId },
        {
          passwordHash,
          emailVerifiedAt: () => 'coalesce(email_verified_at, now())',
          updatedAt: () => 'now()',
        },
      );
      await this.sessions.closeAllOf(accountId, manager);
    });
  }

  /** Changes the password and replaces every session, this one included, by a fresh one for this browser. */
  async changePassword(
    accountId: string,
    currentPassword: string,
    newPassword: string,
    client: ClientInfo,
  ): Promise<string> {
    const account = await this.checkPassword(accountId, currentPassword, 'currentPassword');
    const problem = passwordProblem(newPassword, account.email ?? '');
    if (problem) throw identityErrors.weakPassword('newPassword', problem);
    const passwordHash = await this.hasher.hash(newPassword);
    return this.dataSource.transaction(async (manager) => {
      await manager.update(AccountEntity, { id: accountId }, { passwordHash, updatedAt: () => 'now()' });
      await this.sessions.closeAllOf(accountId, manager);
      return this.sessions.open(accountId, client.userAgent, manager);
    });
  }

  async requestEmailChange(accountId: string, newEmail: string, password: string): Promise<void> {
    const account = await this.checkPassword(accountId, password, 'password');
    await this.accounts.requestEmailChange(account, newEmail);
  }

  async deleteAccount(accountId: string, password: string): Promise<void> {
    const account = await this.checkPassword(accountId, password, 'password');
    await this.personalData.erase(accountId);
    if (account.email) await this.mail.sendQuietly(accountDeletedMail(account.email));
  }

  /** The password typed again before a sensitive action, limited like sign-in against guessing. */
  private async checkPassword(accountId: string, password: string, field: string): Promise<AccountEntity> {
    await this.limits.consume(IDENTITY_RATE_LIMITS.passwordCheckPerAccount, accountId);
    const account = await this.dataSource.manager.findOneByOrFail(AccountEntity, { id: accountId });
    if (!(await this.hasher.verify(account.passwordHash, password)))
      throw identityErrors.wrongPassword(field);
    await this.limits.refund(IDENTITY_RATE_LIMITS.passwordCheckPerAccount, accountId);
    return account;
  }
}
