import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type { Principal } from '../access/principal';
import { APP_CONFIG } from '../config/app.config';
import { GroupedLookup, keyPlaceholders } from '../database/grouped-lookup.query';
import { preparedQuery } from '../database/prepared-statement.query';
import type { AppConfig } from '../config/app.config';
import { hashSecretToken, newSecretToken } from './secret-token.rule';
import { SessionEntity } from './session.entity';

/** How many expired rows one sign-in removes on its way. */
const SWEEP_BATCH = 100;

/** A session found from its cookie; `refreshed` says its expiry moved and the cookie should too. */
export interface ResolvedSession {
  principal: Principal;
  refreshed: boolean;
}

/**
 * Sessions live in PostgreSQL so that any API process can serve any person. Expiry rolls forward
 * with use, written at most once a minute per session rather than on every request.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Opens a session and returns the secret for the cookie (only its SHA-256 is stored). */
  async open(
    accountId: string,
    userAgent: string | undefined,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string> {
    const token = newSecretToken();
    await manager.insert(SessionEntity, {
      accountId,
      tokenHash: hashSecretToken(token),
      userAgent: userAgent ? userAgent.slice(0, 300) : null,
      expiresAt: () => `now() + make_interval(hours => ${this.config.sessionTtlHours})`,
    });
    // Clean-up as we go, in small batches: every sign-in sweeps some expired sessions, so the table
    // stays small without a scheduled job.
    await manager.query(
      `DELETE FROM sessions WHERE id IN (SELECT id FROM sessions WHERE expires_at <= now() LIMIT ${SWEEP_BATCH})`,
    );
    return token;
  }

  /**
   * Finds the live session of a cookie's token and, if last seen over a minute ago, pushes its expiry.
   * Every signed-in request starts here, so tokens asked for while a lookup is in flight are looked up
   * together in the next one (see {@link GroupedLookup}): one prepared statement for many requests.
   * One statement per group size (see {@link keyPlaceholders}), each keeping its plan.
   * Its commit does not wait for the disk (synchronous_commit off for this statement's transaction
   * only): a crash can lose the pushes of its last fraction of a second, which the session's next
   * request makes again, while a request that pushes no longer waits for a flush of the write-ahead
   * log. Visibility is unchanged, and every other write keeps waiting for its own flush.
   */
  resolve(token: string): Promise<ResolvedSession | null> {
    return this.lookups.get(hashSecretToken(token).toString('hex'));
  }

  private readonly lookups = new GroupedLookup<ResolvedSession>(async (hashes) => {
    const keys = keyPlaceholders(hashes, 2, 'bytea');
    const rows = await preparedQuery<{
      id: string;
      token_hash: string;
      account_id: string;
      email_verified: boolean;
      refreshed: boolean;
    }>(
      this.dataSource,
      `session-resolve-${keys.size}`,
      `WITH found AS (
           SELECT s.id, s.token_hash, s.account_id, s.last_seen_at, a.email_verified_at IS NOT NULL AS email_verified
           FROM sessions s JOIN accounts a ON a.id = s.account_id
           WHERE s.token_hash = ANY(${keys.list}) AND s.expires_at > now() AND a.deleted_at IS NULL
         ), touched AS (
           UPDATE sessions s SET last_seen_at = now(), expires_at = now() + make_interval(hours => $1::int)
           FROM found WHERE s.id = found.id AND found.last_seen_at < now() - interval '1 minute'
           RETURNING s.id
         )
         SELECT found.id, encode(found.token_hash, 'hex') AS token_hash, found.account_id, found.email_verified,
                found.id IN (SELECT id FROM touched) AS refreshed, set_config('synchronous_commit', 'off', true) AS commit_mode
         FROM found`,
      [this.config.sessionTtlHours, ...keys.padded.map((hash) => Buffer.from(hash, 'hex'))],
    );
    return new Map(
      rows.map((row) => [
        row.token_hash,
        {
          principal: { accountId: row.account_id, sessionId: row.id, emailVerified: row.email_verified },
          refreshed: row.refreshed,
        },
      ]),
    );
  });

  async close(sessionId: string): Promise<void> {
    await this.dataSource.manager.delete(SessionEntity, { id: sessionId });
  }

  async closeByToken(token: string): Promise<void> {
    await this.dataSource.manager.delete(SessionEntity, { tokenHash: hashSecretToken(token) });
  }

  /** Signs the person out everywhere (password changed or reset, account deleted). */
  async closeAllOf(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.delete(SessionEntity, { accountId });
  }

  async listOf(accountId: string): Promise<SessionEntity[]> {
    return this.dataSource.manager.find(SessionEntity, { where: { accountId }, order: { createdAt: 'ASC' } });
  }
}
