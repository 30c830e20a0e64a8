import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import {
  AccountErasureHook,
  ContributesPersonalData,
  ErasesPersonalData,
  PersonalDataContributor,
} from '../identity/personal-data.contributor';

/**
 * The person's proposals, comments, supports and reports in their data export (GDPR article 15);
 * on erasure (article 17), drafts go (never public) and public contributions stay without any link
 * to the person, so a debate keeps its sense and a count its value.
 */
@Injectable()
@ContributesPersonalData()
export class ProposalPersonalData implements PersonalDataContributor {
  readonly section = 'proposals';

  async collect(accountId: string, manager: EntityManager): Promise<unknown> {
    // One after the other: the queries share the export transaction's single connection.
    const proposals: unknown = await manager.query(
      `SELECT id, process_id AS "processId", kind, shop_type AS "shopType", title, description, category,
                estimated_cost_cents::float8 AS "estimatedCostCents", lat, lng, address, status,
                created_at AS "createdAt", published_at AS "publishedAt"
         FROM proposals WHERE author_id = $1 ORDER BY created_at, id`,
      [accountId],
    );
    const comments: unknown = await manager.query(
      `SELECT id, proposal_id AS "proposalId", parent_id AS "parentId", body, hidden_reason AS "hiddenReason", created_at AS "createdAt"
         FROM proposal_comments WHERE author_id = $1 ORDER BY created_at, id`,
      [accountId],
    );
    const supports: unknown = await manager.query(
      `SELECT s.proposal_id AS "proposalId", p.title, s.created_at AS "createdAt"
         FROM proposal_supports s JOIN proposals p ON p.id = s.proposal_id WHERE s.account_id = $1 ORDER BY s.created_at`,
      [accountId],
    );
    const reports: unknown = await manager.query(
      `SELECT proposal_id AS "proposalId", comment_id AS "commentId", reason, created_at AS "createdAt"
         FROM proposal_reports WHERE reporter_id = $1 ORDER BY created_at`,
      [accountId],
    );
    return { proposals, comments, supports, reports };
  }
}

/**
 * A separate provider from the export on purpose: Nest's discovery links a class to one discoverable
 * decorator only, so one class carrying both would silently lose the first.
 */
@Injectable()
@ErasesPersonalData()
export class ProposalAccountErasure implements AccountErasureHook {
  async eraseAccount(accountId: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM proposals WHERE author_id = $1 AND status = 'draft'`, [accountId]);
    await manager.query(`UPDATE proposals SET author_id = NULL WHERE author_id = $1`, [accountId]);
    await manager.query(`UPDATE proposal_comments SET author_id = NULL WHERE author_id = $1`, [accountId]);
    // The support still counts for the proposal; nobody can tell whose it was any more.
    await manager.query(`UPDATE proposal_supports SET account_id = NULL WHERE account_id = $1`, [accountId]);
    await manager.query(`UPDATE proposal_reports SET reporter_id = NULL WHERE reporter_id = $1`, [accountId]);
  }
}
