import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { BallotKind, CastBallotRequest, VoteChannel } from '@agora/contracts';
import { Decimal, validateBallot } from '@agora/vote-counting';

import { LiveUpdatesService } from '../live/live-updates.service';
import type { ProcessEntity } from '../processes/process.entity';
import { budgetErrors } from './budget.errors';
import { violationText } from './ballot-violation.text';
import { ballotConstraints } from './budget-rules.rule';
import { BudgetEntity } from './budget.entity';
import { rulesOf } from './budget.mapper';
import type { ProcessEligibility } from './eligibility.service';
import { EligibilityService } from './eligibility.service';
import type { VoterFacts } from './eligibility.rule';
import { newReceiptCode, receiptHash } from './receipt.rule';

/** Who is voting, as the register will record it (never the ballot). */
export interface RegisterEntry {
  accountId: string | null;
  identityHash: Buffer | null;
  channel: VoteChannel;
  staffId: string | null;
}

/** The content stored in the box: project ids, and points for cumulative ballots. */
export interface BallotContent {
  projectIds: string[];
  points?: number[];
}

export const participationTopic = (processId: string) => `process:${processId}:participation`;

/**
 * The one place where a vote is recorded: the register entry and the ballot in the caller's
 * transaction, so that either both exist or neither does; the register's unique keys make a second
 * vote of the same person (any channel) fail, whatever the concurrency.
 */
@Injectable()
export class BallotBox {
  constructor(
    private readonly eligibility: EligibilityService,
    private readonly live: LiveUpdatesService,
  ) {}

  /**
   * Locks the process row against a phase change (FOR KEY SHARE: casts do not wait for each other,
   * but closing the vote waits for the casts in flight) and refuses outside the vote phase.
   */
  async openProcess(manager: EntityManager, process: ProcessEntity): Promise<void> {
    const [row]: Array<{ phase: string }> = await manager.query(`SELECT phase FROM processes WHERE id = $1 FOR KEY SHARE`, [process.id]);
    if (row?.phase !== 'vote') throw budgetErrors.notVotePhase();
  }

  /** Validates everything, then writes register + ballot. Returns the receipt code (never stored). */
  async record(
    manager: EntityManager,
    process: ProcessEntity,
    rules: ProcessEligibility,
    facts: VoterFacts,
    entry: RegisterEntry,
    body: CastBallotRequest,
  ): Promise<string> {
    const [territory]: Array<{ name: string }> = await manager.query(`SELECT name FROM territories WHERE id = $1`, [process.territoryId]);
    const decision = this.eligibility.decide(rules, facts, process, territory?.name ?? '', await this.eligibility.scopes(manager, process));
    const verdict = decision.budgets.find((b) => b.budgetId === body.budgetId);
    if (!verdict) throw budgetErrors.budgetNotFound();
    if (!verdict.eligible) {
      const next = decision.nextStep;
      throw budgetErrors.notEligible(next ? { fr: `${verdict.reason.fr} ${next.fr}`, en: `${verdict.reason.en} ${next.en}` } : verdict.reason);
    }
    // KEY SHARE, like the foreign keys take: casts do not block each other, a rule change (FOR UPDATE) waits.
    const budget = await manager.findOne(BudgetEntity, { where: { id: body.budgetId }, lock: { mode: 'for_key_share' } });
    if (!budget) throw budgetErrors.budgetNotFound();
    if (await this.alreadyRegistered(manager, budget.id, entry)) {
      throw entry.channel === 'online' ? budgetErrors.alreadyVoted() : budgetErrors.alreadyVotedAtCounter();
    }
    const content = await this.validContent(manager, process, budget, body);

    const inserted: Array<{ id: string }> = await manager.query(
      `INSERT INTO participations (process_id, budget_id, account_id, identity_hash, channel, staff_id, quartier_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING id`,
      [process.id, budget.id, entry.accountId, entry.identityHash, entry.channel, entry.staffId, budgetQuartier(budget, process, facts)],
    );
    if (!inserted.length) throw entry.channel === 'online' ? budgetErrors.alreadyVoted() : budgetErrors.alreadyVotedAtCounter();
    const code = newReceiptCode();
    await manager.query(`INSERT INTO ballots (budget_id, content, receipt_hash) VALUES ($1, $2::jsonb, $3)`, [budget.id, JSON.stringify(content), receiptHash(code)]);
    if (!budget.lockedAt) await manager.query(`UPDATE budgets SET locked_at = now() WHERE id = $1 AND locked_at IS NULL`, [budget.id]);
    // Counts only: the dashboards refetch their figures; nothing about the person or the choice.
    await this.live.publish(participationTopic(process.id), { budgetId: budget.id }, manager);
    return code;
  }

  private async alreadyRegistered(manager: EntityManager, budgetId: string, entry: RegisterEntry): Promise<boolean> {
    const [row]: Array<{ found: boolean }> = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM participations WHERE budget_id = $1 AND (account_id = $2 OR identity_hash = $3)) AS found`,
      [budgetId, entry.accountId, entry.identityHash],
    );
    return row.found;
  }

  /** Server-side, authoritative: the counting library's validation against the envelope's rules. */
  private async validContent(manager: EntityManager, process: ProcessEntity, budget: BudgetEntity, body: CastBallotRequest): Promise<BallotContent> {
    const projects: Array<{ id: string; title: string; cost_cents: string }> = await manager.query(
      `SELECT id, title, cost_cents FROM ballot_projects WHERE budget_id = $1 ORDER BY position, created_at, id`,
      [budget.id],
    );
    const costs = new Map(projects.map((p) => [p.id, Decimal.of(BigInt(p.cost_cents), 2)]));
    const foreign = body.projectIds.filter((id) => !costs.has(id));
    if (foreign.length) {
      const [other]: Array<{ name: string }> = await manager.query(
        `SELECT b.name FROM ballot_projects p JOIN budgets b ON b.id = p.budget_id WHERE p.id = ANY($1::uuid[]) AND b.process_id = $2 LIMIT 1`,
        [foreign, process.id],
      );
      if (other) throw budgetErrors.projectOfAnotherBudget(other.name);
    }
    if (body.points !== undefined && budget.ballotKind !== 'cumulative') {
      throw budgetErrors.invalidBallot([{ fr: 'Ce bulletin ne se remplit pas avec des points.', en: 'This ballot does not take points.' }], ['points-not-expected']);
    }
    const result = validateBallot({ projects: body.projectIds, points: body.points }, ballotConstraints(rulesOf(budget), budget.amountCents), costs);
    if (!result.valid) {
      const titles = new Map(projects.map((p) => [p.id, p.title]));
      throw budgetErrors.invalidBallot(result.violations.map((v) => violationText(v, titles)), result.violations.map((v) => v.code));
    }
    return canonicalContent(budget.ballotKind, body, projects.map((p) => p.id));
  }
}

/**
 * Only a ranking keeps the voter's order. Any other ballot is stored in the envelope's own order:
 * the order in which someone clicked follows the order their page showed, which is seeded per
 * visitor, and could otherwise point back at them.
 */
function canonicalContent(kind: BallotKind, body: CastBallotRequest, order: string[]): BallotContent {
  if (kind === 'ranked') return { projectIds: [...body.projectIds] };
  const rank = new Map(order.map((id, i) => [id, i]));
  const picks = body.projectIds.map((id, i) => ({ id, points: body.points?.[i] })).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  return kind === 'cumulative' ? { projectIds: picks.map((p) => p.id), points: picks.map((p) => p.points!) } : { projectIds: picks.map((p) => p.id) };
}

/** The quartier the dashboard counts this participation under: the envelope's, else where the voter lives. */
function budgetQuartier(budget: BudgetEntity, process: ProcessEntity, facts: VoterFacts): string | null {
  if (budget.territoryId !== process.territoryId) return budget.territoryId;
  return facts.home?.chain[0] ?? null;
}
