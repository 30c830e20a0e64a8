import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type { BallotKind, BallotRules, CastBallotRequest, VoteChannel } from '@agora/contracts';
import { Decimal, validateBallot } from '@agora/vote-counting';

import { processErrors } from '../processes/process.errors';
import { budgetErrors } from './budget.errors';
import { ballotConstraints } from './budget-rules.rule';
import { violationText } from './ballot-violation.text';
import type { ProcessEligibility } from './eligibility.service';
import { EligibilityService } from './eligibility.service';
import { BudgetScope, decideEligibility, VoterFacts } from './eligibility.rule';
import { OnlineBallotWriter } from './online-ballot.writer';
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

/** What a cast needs to know about the process, read in one query. */
export interface VoteContext {
  process: { id: string; territoryId: string; territoryName: string; title: string; phase: string };
  rules: ProcessEligibility;
  scopes: BudgetScope[];
}

/** An envelope as a cast reads it, with its projects and whether this voter is already registered. */
export interface BudgetRow {
  id: string;
  territory_id: string;
  amount_cents: string;
  ballot_kind: BallotKind;
  min_spend_cents: string | null;
  min_projects: number | null;
  max_projects: number | null;
  points: number | null;
  max_points_per_project: number | null;
  locked_at: Date | null;
  projects: Array<{ id: string; title: string; cost: string }>;
  registered: boolean;
}

/** An envelope whose rules and projects can no longer change (a ballot was cast in it). */
export type LockedBudget = Omit<BudgetRow, 'registered'> & { locked_at: Date };

/** How many locked envelopes are kept in memory; a city runs a handful at a time. */
const LOCKED_BUDGETS_KEPT = 500;

/**
 * The one place where a vote is recorded: the register entry and the ballot in the caller's
 * transaction, so that either both exist or neither does; the register's unique keys make a second
 * vote of the same person (any channel) fail, whatever the concurrency. Every cast runs through here,
 * so it reads what it needs in few round trips.
 */
@Injectable()
export class BallotBox {
  /**
   * Envelopes read once locked. Locking is final (every change of rules or projects is refused
   * once `locked_at` is set or a ballot exists, see BudgetsService.lockedForChange), so an entry
   * never goes stale and needs no invalidation across API processes.
   */
  private readonly locked = new Map<string, LockedBudget>();

  constructor(
    private readonly eligibility: EligibilityService,
    private readonly dataSource: DataSource,
    private readonly onlineBallots: OnlineBallotWriter,
  ) {}

  /** The envelope as read when it was already locked, if this process has seen it so. */
  lockedBudget(budgetId: string): LockedBudget | null {
    return this.locked.get(budgetId) ?? null;
  }

  /** Keeps an envelope read or written as locked (callers pass only committed state). */
  rememberLocked(budget: LockedBudget): void {
    if (this.locked.has(budget.id)) return;
    if (this.locked.size >= LOCKED_BUDGETS_KEPT) this.locked.delete(this.locked.keys().next().value!);
    // Callers often hand a row read with the voter's `registered`: that is not the envelope's, drop it.
    const kept: LockedBudget & { registered?: boolean } = { ...budget };
    delete kept.registered;
    this.locked.set(kept.id, kept);
  }

  /**
   * The process, its eligibility rules and its envelopes. Locks the process row FOR KEY SHARE:
   * casts do not wait for each other, but closing the vote (FOR UPDATE) waits for the casts in flight.
   */
  async openVote(manager: EntityManager, processId: string): Promise<VoteContext> {
    const [row]: Array<{
      id: string;
      kind: string;
      phase: string;
      title: string;
      territory_id: string;
      territory_name: string;
      minimum_age: number | null;
      residence: ProcessEligibility['residence'] | null;
      verifications: ProcessEligibility['verifications'] | null;
      salt: Buffer | null;
      scopes: Array<{ id: string; name: string; territoryId: string; territoryName: string }> | null;
    }> = await manager.query(
      `SELECT p.id, p.kind, p.phase, p.title, p.territory_id, t.name AS territory_name,
              e.minimum_age, e.residence, e.verifications, e.salt,
              (SELECT json_agg(json_build_object('id', b.id, 'name', b.name, 'territoryId', b.territory_id, 'territoryName', bt.name) ORDER BY b.position, b.created_at)
               FROM budgets b JOIN territories bt ON bt.id = b.territory_id WHERE b.process_id = p.id) AS scopes
       FROM processes p JOIN territories t ON t.id = p.territory_id LEFT JOIN process_eligibility e ON e.process_id = p.id
       WHERE p.id = $1 FOR KEY SHARE OF p`,
      [processId],
    );
    if (!row) throw processErrors.notFound();
    if (row.kind !== 'budget') throw budgetErrors.notABudgetProcess();
    const rules: ProcessEligibility =
      row.salt && row.residence && row.verifications
        ? {
            minimumAge: row.minimum_age,
            residence: row.residence,
            verifications: row.verifications,
            salt: row.salt,
          }
        : await this.eligibility.rulesOf(row.id, manager);
    return {
      process: {
        id: row.id,
        territoryId: row.territory_id,
        territoryName: row.territory_name,
        title: row.title,
        phase: row.phase,
      },
      rules,
      scopes: (row.scopes ?? []).map((s) => ({ ...s, cityWide: s.territoryId === row.territory_id })),
    };
  }

  assertVotePhase(context: VoteContext): void {
    if (context.process.phase !== 'vote') throw budgetErrors.notVotePhase();
  }

  /** Validates everything, then writes register + ballot. Returns the receipt code (never stored). */
  async record(
    manager: EntityManager,
    context: VoteContext,
    facts: VoterFacts,
    entry: RegisterEntry,
    body: CastBallotRequest,
    preRead?: BudgetRow | null,
  ): Promise<string> {
    const { process } = context;
    this.admit(context, facts, body.budgetId);
    // KEY SHARE, like the foreign keys take: casts do not block each other, a rule change (FOR UPDATE) waits.
    const [budget]: Array<BudgetRow | null | undefined> =
      preRead !== undefined
        ? [preRead]
        : await manager.query(
            `SELECT b.id, b.territory_id, b.amount_cents, b.ballot_kind, b.min_spend_cents, b.min_projects, b.max_projects, b.points,
              b.max_points_per_project, b.locked_at,
              coalesce((SELECT json_agg(json_build_object('id', p.id, 'title', p.title, 'cost', p.cost_cents::text) ORDER BY p.position, p.created_at, p.id)
                        FROM ballot_projects p WHERE p.budget_id = b.id), '[]'::json) AS projects,
              EXISTS (SELECT 1 FROM participations r WHERE r.budget_id = b.id AND (r.account_id = $2 OR r.identity_hash = $3)) AS registered
       FROM budgets b WHERE b.id = $1 AND b.process_id = $4 FOR KEY SHARE OF b`,
            [body.budgetId, entry.accountId, entry.identityHash, process.id],
          );
    if (!budget) throw budgetErrors.budgetNotFound();
    const alreadyVoted = () =>
      entry.channel === 'online' ? budgetErrors.alreadyVoted() : budgetErrors.alreadyVotedAtCounter();
    if (budget.registered) throw alreadyVoted();
    const content = await this.validContent(manager, process.id, budget, body);

    const code = newReceiptCode();
    // One statement: the ballot is written only if the register entry was (a second vote writes neither).
    const inserted: Array<{ id: string }> = await manager.query(
      `WITH entry AS (
         INSERT INTO participations (process_id, budget_id, account_id, identity_hash, channel, staff_id, quartier_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING budget_id
       )
       INSERT INTO ballots (budget_id, content, receipt_hash) SELECT budget_id, $8::jsonb, $9 FROM entry RETURNING id`,
      [
        process.id,
        budget.id,
        entry.accountId,
        entry.identityHash,
        entry.channel,
        entry.staffId,
        budgetQuartier(budget, process.territoryId, facts),
        JSON.stringify(content),
        receiptHash(code),
      ],
    );
    if (!inserted.length) throw alreadyVoted();
    if (!budget.locked_at)
      await manager.query(`UPDATE budgets SET locked_at = now() WHERE id = $1 AND locked_at IS NULL`, [
        budget.id,
      ]);
    return code;
  }

  /**
   * An online cast in an envelope already locked (the busiest write of a vote), by the
   * {@link OnlineBallotWriter}: one statement outside any transaction, shared with the other ballots
   * of this envelope arriving meanwhile. The statement is its own transaction, so the register entry
   * and the ballot are written together or not at all, and it re-checks under the same locks as
   * {@link record} what the caller read before it: the process is still voting (FOR KEY SHARE, so
   * closing the vote waits for it) and the envelope still exists. Its rules, validated against by
   * the caller, cannot have changed: they are locked. The register's unique keys refuse a second
   * vote, whatever the concurrency (a second vote is refused there, after the ballot's own checks).
   */
  async recordInLocked(
    context: VoteContext,
    facts: VoterFacts,
    entry: RegisterEntry & { accountId: string },
    body: CastBallotRequest,
    budget: LockedBudget,
    /** Whether the envelope is one of the process's, as just read. */
    envelope: boolean,
  ): Promise<string> {
    const { process } = context;
    this.admit(context, facts, body.budgetId);
    if (!envelope) throw budgetErrors.budgetNotFound();
    const content = await this.validContent(this.dataSource.manager, process.id, budget, body);
    const code = newReceiptCode();
    const outcome = await this.onlineBallots.write(process.id, budget.id, {
      accountId: entry.accountId,
      identityHash: entry.identityHash,
      quartierId: budgetQuartier(budget, process.territoryId, facts),
      content,
      receiptHash: receiptHash(code),
    });
    if (outcome === 'not-voting') throw budgetErrors.notVotePhase();
    if (outcome === 'no-envelope') throw budgetErrors.budgetNotFound();
    if (outcome === 'already-voted') throw budgetErrors.alreadyVoted();
    return code;
  }

  /** Refuses a voter who may not vote in this envelope, saying why and what to do. */
  private admit(context: VoteContext, facts: VoterFacts, budgetId: string): void {
    const { process } = context;
    const decision = decideEligibility(
      context.rules,
      facts,
      { id: process.territoryId, name: process.territoryName },
      context.scopes,
    );
    const verdict = decision.budgets.find((b) => b.budgetId === budgetId);
    if (!verdict) throw budgetErrors.budgetNotFound();
    if (!verdict.eligible) {
      const next = decision.nextStep;
      throw budgetErrors.notEligible(
        next
          ? { fr: `${verdict.reason.fr} ${next.fr}`, en: `${verdict.reason.en} ${next.en}` }
          : verdict.reason,
      );
    }
  }

  /** Server-side, authoritative: the counting library's validation against the envelope's rules. */
  private async validContent(
    manager: EntityManager,
    processId: string,
    budget: Omit<BudgetRow, 'registered'>,
    body: CastBallotRequest,
  ): Promise<BallotContent> {
    const costs = new Map(budget.projects.map((p) => [p.id, Decimal.of(BigInt(p.cost), 2)]));
    const foreign = body.projectIds.filter((id) => !costs.has(id));
    if (foreign.length) {
      const [other]: Array<{ name: string }> = await manager.query(
        `SELECT b.name FROM ballot_projects p JOIN budgets b ON b.id = p.budget_id WHERE p.id = ANY($1::uuid[]) AND b.process_id = $2 LIMIT 1`,
        [foreign, processId],
      );
      if (other) throw budgetErrors.projectOfAnotherBudget(other.name);
    }
    if (body.points !== undefined && budget.ballot_kind !== 'cumulative') {
      throw budgetErrors.invalidBallot(
        [{ fr: 'Ce bulletin ne se remplit pas avec des points.', en: 'This ballot does not take points.' }],
        ['points-not-expected'],
      );
    }
    const rules: BallotRules = {
      kind: budget.ballot_kind,
      minSpendCents: budget.min_spend_cents === null ? null : Number(budget.min_spend_cents),
      minProjects: budget.min_projects,
      maxProjects: budget.max_projects,
      points: budget.points,
      maxPointsPerProject: budget.max_points_per_project,
    };
    const result = validateBallot(
      { projects: body.projectIds, points: body.points },
      ballotConstraints(rules, Number(budget.amount_cents)),
      costs,
    );
    if (!result.valid) {
      const titles = new Map(budget.projects.map((p) => [p.id, p.title]));
      throw budgetErrors.invalidBallot(
        result.violations.map((v) => violationText(v, titles)),
        result.violations.map((v) => v.code),
      );
    }
    return canonicalContent(
      budget.ballot_kind,
      body,
      budget.projects.map((p) => p.id),
    );
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
  const picks = body.projectIds
    .map((id, i) => ({ id, points: body.points?.[i] }))
    .sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  return kind === 'cumulative'
    ? { projectIds: picks.map((p) => p.id), points: picks.map((p) => p.points!) }
    : { projectIds: picks.map((p) => p.id) };
}

/** The quartier the dashboard counts this participation under: the envelope's, else where the voter lives. */
function budgetQuartier(
  budget: Pick<BudgetRow, 'territory_id'>,
  processTerritoryId: string,
  facts: VoterFacts,
): string | null {
  if (budget.territory_id !== processTerritoryId) return budget.territory_id;
  return facts.home?.chain[0] ?? null;
}
