import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type { CastPrioritisationBallotRequest, CastPrioritisationResult } from '@agora/contracts';

import { newReceiptCode, receiptHash } from '../budgets/receipt.rule';
import { processErrors } from '../processes/process.errors';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import { checkPrioritisationBallot } from './prioritisation-ballot.rule';
import { PrioritisationEligibility } from './prioritisation-eligibility.service';
import { prioritisationErrors } from './prioritisation.errors';
import { PRIORITISATION_RATE_LIMITS } from './prioritisation.rate-limits';

/** The open prioritisation a ballot is cast in, read under KEY SHARE. */
export interface OpenPrioritisation {
  process: { id: string; territory_id: string };
  id: string;
  mode: 'ranking' | 'points';
  quartier_id: string;
  quartier_name: string;
  locked_at: Date | null;
  work_ids: string[];
}

/** Who a register entry names: an account, the salted hash of a name and birth date, or both. */
export interface Participant {
  accountId: string | null;
  identityHash: Buffer | null;
  channel: 'online' | 'counter';
  staffId: string | null;
}

/**
 * Casting a ranking, online or at the counter. As for budgets, the register entry (who, which day,
 * which channel) and the ballot (random id, content, receipt hash; no person, no time) are written by
 * one statement in one transaction: the ballot exists only if the register entry was written, and the
 * register's unique keys (account, identity hash) make a second cast of the same person write
 * neither, whatever the channel and the concurrency.
 */
@Injectable()
export class PrioritisationBallotService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly eligibility: PrioritisationEligibility,
    private readonly limits: RateLimitService,
  ) {}

  async cast(accountId: string, processId: string, body: CastPrioritisationBallotRequest): Promise<CastPrioritisationResult> {
    await this.limits.consume(PRIORITISATION_RATE_LIMITS.castPerAccount, accountId);
    const code = await this.dataSource.transaction(async (manager) => {
      const open = await this.open(manager, processId);
      const verdict = await this.eligibility.decide(manager, { id: open.process.id, territoryId: open.process.territory_id }, open, { accountId });
      if (!verdict.eligible) throw prioritisationErrors.notEligible(verdict.reason);
      // A census entry matched by this account carries the hash a counter ranking of the same person would use.
      return this.record(manager, open, { accountId, identityHash: verdict.identityHash, channel: 'online', staffId: null }, body);
    });
    return { processId, receiptCode: code };
  }

  /** The prioritisation of the process, open for voting (vote phase), with its works in list order. */
  async open(manager: EntityManager, processId: string): Promise<OpenPrioritisation> {
    // KEY SHARE: casts do not wait for each other; counting and rule changes (FOR UPDATE) wait for them.
    const [process]: Array<{ id: string; kind: string; phase: string; territory_id: string }> = await manager.query(
      `SELECT id, kind, phase, territory_id FROM processes WHERE id = $1 FOR KEY SHARE`,
      [processId],
    );
    if (!process) throw processErrors.notFound();
    if (process.kind !== 'prioritisation') throw prioritisationErrors.notAPrioritisation();
    const [row]: Array<Omit<OpenPrioritisation, 'process'>> = await manager.query(
      `SELECT p.id, p.mode, p.quartier_id, t.name AS quartier_name, p.locked_at,
              coalesce((SELECT array_agg(pw.work_id ORDER BY pw.position) FROM prioritisation_works pw WHERE pw.prioritisation_id = p.id), '{}') AS work_ids
       FROM prioritisations p JOIN territories t ON t.id = p.quartier_id WHERE p.process_id = $1 FOR KEY SHARE OF p`,
      [process.id],
    );
    if (!row) throw prioritisationErrors.notFound();
    if (process.phase !== 'vote') throw prioritisationErrors.notVotePhase();
    return { ...row, process: { id: process.id, territory_id: process.territory_id } };
  }

  /** Checks the ballot, then writes register entry and ballot together; returns the receipt code. */
  async record(manager: EntityManager, open: OpenPrioritisation, who: Participant, body: CastPrioritisationBallotRequest): Promise<string> {
    const [taken]: Array<{ channel: 'online' | 'counter' }> = await manager.query(
      `SELECT channel FROM prioritisation_participations WHERE prioritisation_id = $1 AND (account_id = $2 OR identity_hash = $3) LIMIT 1`,
      [open.id, who.accountId, who.identityHash],
    );
    if (taken) throw who.channel === 'counter' ? prioritisationErrors.alreadyRanked(taken.channel) : prioritisationErrors.alreadyVoted();
    const check = checkPrioritisationBallot(open.mode, open.work_ids, body);
    if (!check.ok) {
      if (check.foreign?.length) {
        const [other]: Array<{ territory_id: string }> = await manager.query(`SELECT territory_id FROM works WHERE id = ANY($1::uuid[]) LIMIT 1`, [check.foreign]);
        throw other ? prioritisationErrors.workOfAnotherQuartier(open.quartier_name) : prioritisationErrors.unknownWork();
      }
      throw prioritisationErrors.invalidBallot(check.code, check.text);
    }
    const receipt = newReceiptCode();
    const inserted: Array<{ id: string }> = await manager.query(
      `WITH entry AS (
         INSERT INTO prioritisation_participations (prioritisation_id, account_id, identity_hash, channel, staff_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING RETURNING prioritisation_id
       )
       INSERT INTO prioritisation_ballots (prioritisation_id, content, receipt_hash) SELECT prioritisation_id, $6::jsonb, $7 FROM entry RETURNING id`,
      [open.id, who.accountId, who.identityHash, who.channel, who.staffId, JSON.stringify(check.content), receiptHash(receipt)],
    );
    if (!inserted.length) throw who.channel === 'counter' ? prioritisationErrors.alreadyRanked(null) : prioritisationErrors.alreadyVoted();
    if (!open.locked_at) await manager.query(`UPDATE prioritisations SET locked_at = now() WHERE id = $1 AND locked_at IS NULL`, [open.id]);
    return receipt;
  }
}
