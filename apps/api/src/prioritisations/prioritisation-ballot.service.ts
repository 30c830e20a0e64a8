import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { CastPrioritisationBallotRequest, CastPrioritisationResult } from '@agora/contracts';

import { newReceiptCode, receiptHash } from '../budgets/receipt.rule';
import { processErrors } from '../processes/process.errors';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import { checkPrioritisationBallot } from './prioritisation-ballot.rule';
import { PrioritisationEligibility } from './prioritisation-eligibility.service';
import { prioritisationErrors } from './prioritisation.errors';
import { PRIORITISATION_RATE_LIMITS } from './prioritisation.rate-limits';

/**
 * Casting a ranking. As for budgets, the register entry (who, which day) and the ballot (random id,
 * content, receipt hash; no person, no time) are written by one statement in one transaction: the
 * ballot exists only if the register entry was written, and the register's unique key makes a
 * second cast of the same resident write neither, whatever the concurrency.
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
      // KEY SHARE: casts do not wait for each other; counting and rule changes (FOR UPDATE) wait for them.
      const [process]: Array<{ id: string; kind: string; phase: string; territory_id: string }> = await manager.query(
        `SELECT id, kind, phase, territory_id FROM processes WHERE id = $1 FOR KEY SHARE`,
        [processId],
      );
      if (!process) throw processErrors.notFound();
      if (process.kind !== 'prioritisation') throw prioritisationErrors.notAPrioritisation();
      const [row]: Array<{ id: string; mode: 'ranking' | 'points'; quartier_id: string; quartier_name: string; locked_at: Date | null; work_ids: string[]; registered: boolean }> = await manager.query(
        `SELECT p.id, p.mode, p.quartier_id, t.name AS quartier_name, p.locked_at,
                coalesce((SELECT array_agg(pw.work_id ORDER BY pw.position) FROM prioritisation_works pw WHERE pw.prioritisation_id = p.id), '{}') AS work_ids,
                EXISTS (SELECT 1 FROM prioritisation_participations r WHERE r.prioritisation_id = p.id AND r.account_id = $2) AS registered
         FROM prioritisations p JOIN territories t ON t.id = p.quartier_id WHERE p.process_id = $1 FOR KEY SHARE OF p`,
        [process.id, accountId],
      );
      if (!row) throw prioritisationErrors.notFound();
      if (process.phase !== 'vote') throw prioritisationErrors.notVotePhase();
      const verdict = await this.eligibility.decide(manager, { id: process.id, territoryId: process.territory_id }, row, accountId);
      if (!verdict.eligible) throw prioritisationErrors.notEligible(verdict.reason);
      if (row.registered) throw prioritisationErrors.alreadyVoted();
      const check = checkPrioritisationBallot(row.mode, row.work_ids, body);
      if (!check.ok) {
        if (check.foreign?.length) {
          const [other]: Array<{ territory_id: string }> = await manager.query(`SELECT territory_id FROM works WHERE id = ANY($1::uuid[]) LIMIT 1`, [check.foreign]);
          throw other ? prioritisationErrors.workOfAnotherQuartier(row.quartier_name) : prioritisationErrors.unknownWork();
        }
        throw prioritisationErrors.invalidBallot(check.code, check.text);
      }
      const receipt = newReceiptCode();
      const inserted: Array<{ id: string }> = await manager.query(
        `WITH entry AS (
           INSERT INTO prioritisation_participations (prioritisation_id, account_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING prioritisation_id
         )
         INSERT INTO prioritisation_ballots (prioritisation_id, content, receipt_hash) SELECT prioritisation_id, $3::jsonb, $4 FROM entry RETURNING id`,
        [row.id, accountId, JSON.stringify(check.content), receiptHash(receipt)],
      );
      if (!inserted.length) throw prioritisationErrors.alreadyVoted();
      if (!row.locked_at) await manager.query(`UPDATE prioritisations SET locked_at = now() WHERE id = $1 AND locked_at IS NULL`, [row.id]);
      return receipt;
    });
    return { processId, receiptCode: code };
  }
}
