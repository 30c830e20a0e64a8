import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { AccountTokenEntity, AccountTokenPurpose } from './account-token.entity';
import { identityErrors } from './identity.errors';
import { hashSecretToken, newSecretToken } from './secret-token.rule';

/** How long a link stays valid: long enough to find the mail, short enough to limit a leaked link. */
export const TOKEN_LIFETIME_HOURS: Record<AccountTokenPurpose, number> = {
  verify_email: 48,
  reset_password: 1,
  change_email: 24,
};

export interface ConsumedToken {
  accountId: string;
  /** The address to switch to, for an e-mail change. */
  newEmail: string | null;
}

/** How long expired links stay (listed in the person's export meanwhile) before they are swept. */
const SPENT_TOKEN_RETENTION_DAYS = 30;

/** Single-use secrets sent by e-mail. The link carries the secret; the table keeps its SHA-256. */
@Injectable()
export class AccountTokenService {
  /** Creates a token and returns the secret to put in the link (never stored). */
  async issue(
    manager: EntityManager,
    accountId: string,
    purpose: AccountTokenPurpose,
    newEmail: string | null = null,
  ): Promise<string> {
    const secret = newSecretToken();
    // Clean-up as we go: links expired a month ago are of no use, even in the person's export.
    await manager.query(
      `DELETE FROM account_tokens WHERE id IN (
         SELECT id FROM account_tokens WHERE expires_at < now() - interval '${SPENT_TOKEN_RETENTION_DAYS} days' LIMIT 100
       )`,
    );
    await manager.insert(AccountTokenEntity, {
      accountId,
      purpose,
      tokenHash: hashSecretToken(secret),
      newEmail,
      expiresAt: () => `now() + interval '${TOKEN_LIFETIME_HOURS[purpose]} hours'`,
    });
    return secret;
  }

  /**
   * Marks the token used and returns it, in the caller's transaction: if the change it allows fails,
   * the token stays usable. The update is atomic, so two clicks on one link cannot both succeed.
   * The other pending tokens of the same purpose are spent too: one reset ends all the reset links.
   */
  async consume(
    manager: EntityManager,
    secret: string,
    purpose: AccountTokenPurpose,
  ): Promise<ConsumedToken> {
    const tokenHash = hashSecretToken(secret);
    const rows: Array<{ account_id: string; new_email: string | null }> = await manager.query(
      // Wrapped in a SELECT: TypeORM returns [rows, count] for a bare UPDATE but rows for a SELECT.
      `WITH spent AS (
         UPDATE account_tokens t SET used_at = now()
         FROM accounts a
         WHERE t.token_hash = $1 AND t.purpose = $2 AND t.used_at IS NULL AND t.expires_at > now()
           AND a.id = t.account_id AND a.deleted_at IS NULL
         RETURNING t.account_id, t.new_email
       )
       SELECT account_id, new_email FROM spent`,
      [tokenHash, purpose],
    );
    if (rows.length === 0) throw await this.whyUnusable(manager, tokenHash, purpose);
    const [row] = rows;
    await manager.query(
      `UPDATE account_tokens SET used_at = now() WHERE account_id = $1 AND purpose = $2 AND used_at IS NULL`,
      [row.account_id, purpose],
    );
    return { accountId: row.account_id, newEmail: row.new_email };
  }

  /** Checks a token without spending it (to validate the rest of a request before any change). */
  async assertUsable(
    manager: EntityManager,
    secret: string,
    purpose: AccountTokenPurpose,
  ): Promise<{ accountId: string }> {
    const state = await this.stateOf(manager, hashSecretToken(secret), purpose);
    if (state.problem) throw state.problem;
    return { accountId: state.accountId };
  }

  private async whyUnusable(manager: EntityManager, tokenHash: Buffer, purpose: AccountTokenPurpose) {
    // Usable after all: the account was deleted in the meantime.
    return (await this.stateOf(manager, tokenHash, purpose)).problem ?? identityErrors.tokenInvalid();
  }

  /** Expiry is judged by the database clock, the one every API process shares. */
  private async stateOf(manager: EntityManager, tokenHash: Buffer, purpose: AccountTokenPurpose) {
    const rows: Array<{ account_id: string; used: boolean; expired: boolean; deleted: boolean }> =
      await manager.query(
        `SELECT t.account_id, t.used_at IS NOT NULL AS used, t.expires_at <= now() AS expired, a.deleted_at IS NOT NULL AS deleted
       FROM account_tokens t JOIN accounts a ON a.id = t.account_id
       WHERE t.token_hash = $1 AND t.purpose = $2`,
        [tokenHash, purpose],
      );
    const token = rows[0];
    const problem =
      !token || token.deleted
        ? identityErrors.tokenInvalid()
        : token.used
          ? identityErrors.tokenUsed()
          : token.expired
            ? identityErrors.tokenExpired()
            : null;
    return { accountId: token?.account_id ?? '', problem };
  }

  async removeAllOf(manager: EntityManager, accountId: string): Promise<void> {
    await manager.delete(AccountTokenEntity, { accountId });
  }
}
