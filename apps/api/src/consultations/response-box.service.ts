import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ConsultationChannel } from '@agora/contracts';
import type { Answers } from '@agora/consultation-rules';

import type { ConsultationEntity } from './consultation.entity';
import { consultationErrors } from './consultation.errors';

/** Who answers, as the register records it (never what they answered). */
export interface RegisterEntry {
  accountId: string | null;
  identityHash: Buffer | null;
  channel: ConsultationChannel;
  staffId: string | null;
  notify: boolean;
}

/**
 * The one place a response is recorded: the register line and the answers in one statement of the
 * caller's transaction, so either both exist or neither; the register's unique keys make a second
 * answer of the same person (any channel, any concurrency) write nothing. The answers row has a
 * fresh random id and the day only; only an identified consultation records its author, apart.
 */
@Injectable()
export class ResponseBox {
  async record(
    manager: EntityManager,
    consultation: ConsultationEntity,
    entry: RegisterEntry,
    answers: Answers,
    quartierId: string | null,
  ): Promise<void> {
    const inserted: Array<{ id: string }> = await manager.query(
      `WITH entry AS (
         INSERT INTO consultation_participations (consultation_id, account_id, identity_hash, channel, staff_id, notify)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING consultation_id
       )
       INSERT INTO consultation_responses (consultation_id, answers, quartier_id, definition_version)
       SELECT consultation_id, $7::jsonb, $8, $9 FROM entry RETURNING id`,
      [
        consultation.id,
        entry.accountId,
        entry.identityHash,
        entry.channel,
        entry.staffId,
        entry.notify,
        JSON.stringify(answers),
        quartierId,
        consultation.definitionVersion,
      ],
    );
    if (!inserted.length) throw await this.alreadyAnswered(manager, consultation.id, entry);
    if (!consultation.anonymous && entry.accountId) {
      await manager.query(
        `INSERT INTO consultation_response_authors (response_id, account_id) VALUES ($1, $2)`,
        [inserted[0].id, entry.accountId],
      );
    }
    if (!consultation.lockedAt) {
      await manager.query(`UPDATE consultations SET locked_at = now() WHERE id = $1 AND locked_at IS NULL`, [
        consultation.id,
      ]);
    }
    if (entry.accountId) {
      await manager.query(`DELETE FROM consultation_drafts WHERE consultation_id = $1 AND account_id = $2`, [
        consultation.id,
        entry.accountId,
      ]);
    }
  }

  /** Says which line of the register refused this one: the same account, or the same person elsewhere. */
  private async alreadyAnswered(manager: EntityManager, consultationId: string, entry: RegisterEntry) {
    const [line]: Array<{ channel: ConsultationChannel; same_account: boolean }> = await manager.query(
      `SELECT channel, coalesce(account_id = $2, false) AS same_account FROM consultation_participations
       WHERE consultation_id = $1 AND (account_id = $2 OR identity_hash = $3) ORDER BY 2 DESC LIMIT 1`,
      [consultationId, entry.accountId, entry.identityHash],
    );
    if (entry.channel !== 'online') return consultationErrors.alreadyAnsweredAtCounter();
    if (!line || line.same_account) return consultationErrors.alreadyAnswered();
    return consultationErrors.identityAlreadyAnswered(line.channel);
  }

  /**
   * The respondent's quartier within the consultation's territory, for the results filters: the
   * nearest quartier above (or at) the home territory, if the consultation's territory is above it.
   */
  async quartierOf(
    manager: EntityManager,
    homeTerritoryId: string | null,
    territoryId: string,
  ): Promise<string | null> {
    if (!homeTerritoryId) return null;
    const chain: Array<{ id: string; kind: string }> = await manager.query(
      `WITH RECURSIVE chain AS (
         SELECT id, parent_id, kind, 0 AS depth FROM territories WHERE id = $1
         UNION SELECT t.id, t.parent_id, t.kind, c.depth + 1 FROM territories t JOIN chain c ON t.id = c.parent_id
       ) SELECT id, kind FROM chain ORDER BY depth`,
      [homeTerritoryId],
    );
    if (!chain.some((t) => t.id === territoryId)) return null;
    return chain.find((t) => t.kind === 'quartier')?.id ?? null;
  }
}
