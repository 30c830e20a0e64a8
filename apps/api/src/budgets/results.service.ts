import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type { ProcessResults } from '@agora/contracts';
import { tally, writePabulib } from '@agora/vote-counting';

import { AuditService } from '../audit/audit.service';
import type { ProcessEntity } from '../processes/process.entity';
import { PROCESS_TEAM, ProcessesService } from '../processes/processes.service';
import { WorkSourcesService } from '../works/work-sources.service';
import type { BallotContent } from './ballot-box.service';
import { budgetErrors } from './budget.errors';
import { satisfactionOf } from './budget-rules.rule';
import { BudgetEntity } from './budget.entity';
import { BudgetsService } from './budgets.service';
import { BallotRow, budgetInstance, BudgetForCsv, InstanceContext, ProjectRow, projectsCsv, resultsCsv } from './open-data.builder';
import { publishedVoterId } from './receipt.rule';
import { ResultsViewService } from './results-view.service';
import { CountedOutcome, splitByThreshold, withBelowThreshold } from './vote-threshold.rule';

/** Counting by the declared rule, staff review, then publication with the open-data files. */
@Injectable()
export class ResultsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly processes: ProcessesService,
    private readonly budgets: BudgetsService,
    private readonly views: ResultsViewService,
    private readonly audit: AuditService,
    private readonly workSources: WorkSourcesService,
  ) {}

  /** Closes the vote if still open, then counts every envelope (again, until published). */
  async count(actorId: string, processId: string): Promise<ProcessResults> {
    const id = await this.dataSource.transaction(async (manager) => {
      // FOR UPDATE waits for the ballots being cast (they hold KEY SHARE) and stops new ones.
      const process = await this.budgets.budgetProcess(processId, manager, true);
      await this.processes.requireRole(actorId, PROCESS_TEAM, process, manager);
      if (await this.isPublished(manager, process.id)) throw budgetErrors.alreadyPublished();
      if (process.phase !== 'vote' && process.phase !== 'results') throw budgetErrors.countNeedsClosedVote();
      await this.countIn(manager, process, actorId);
      return process.id;
    });
    return this.views.draft(actorId, id);
  }

  /** The count, in the caller's transaction, the process row locked and the actor checked by the caller. */
  async countIn(manager: EntityManager, process: ProcessEntity, actorId: string): Promise<void> {
    if (process.phase === 'vote') await this.processes.movePhase(manager, process, 'results', actorId);
    await this.reseal(manager, process.id);
    const summary: Record<string, unknown> = {};
    for (const budget of await this.budgetEntities(manager, process.id)) {
      const { outcome, greedy, ballotCount } = await this.countBudget(manager, process, budget);
      await this.saveCount(manager, budget.id, outcome, greedy, ballotCount, actorId);
      summary[budget.id] = { ballots: ballotCount, selected: outcome.selected };
    }
    await this.audit.record({ actorId, action: 'results.count', objectType: 'process', objectId: process.id, territoryId: process.territoryId, after: summary }, manager);
  }

  /** Publishes the reviewed count with the open-data files and their SHA-256 (audited). */
  async publish(actorId: string, processId: string): Promise<ProcessResults> {
    const id = await this.dataSource.transaction(async (manager) => {
      const process = await this.budgets.budgetProcess(processId, manager, true);
      await this.processes.requireRole(actorId, PROCESS_TEAM, process, manager);
      if (await this.isPublished(manager, process.id)) throw budgetErrors.alreadyPublished();
      await this.publishIn(manager, process, actorId);
      return process.id;
    });
    return this.views.publicResults(id);
  }

  /** The publication, in the caller's transaction, the process row locked and the actor checked by the caller. */
  async publishIn(manager: EntityManager, process: ProcessEntity, actorId: string): Promise<void> {
    const forCsv: BudgetForCsv[] = [];
    const files: Array<{ budgetId: string | null; kind: string; filename: string; mediaType: string; content: Buffer }> = [];
    const budgets = await this.budgetEntities(manager, process.id);
    for (const [index, budget] of budgets.entries()) {
      const [stored]: Array<{ ballot_count: number; outcome: CountedOutcome; greedy_outcome: CountedOutcome | null }> = await manager.query(
        `SELECT ballot_count, outcome, greedy_outcome FROM budget_results WHERE budget_id = $1`,
        [budget.id],
      );
      const { projects, ballots } = await this.budgetData(manager, budget);
      // A vote reopened after the count makes the stored result stale: count again first.
      if (!stored || stored.ballot_count !== ballots.length) throw budgetErrors.notCounted();
      const instance = budgetInstance(budget, projects, ballots, { ...(await this.context(manager, process)), outcome: stored.outcome });
      files.push({ budgetId: budget.id, kind: 'pabulib', filename: `${process.slug}-enveloppe-${index + 1}.pb`, mediaType: 'text/plain; charset=utf-8', content: Buffer.from(writePabulib(instance)) });
      forCsv.push({ budget, projects, outcome: stored.outcome, greedy: stored.greedy_outcome });
    }
    files.push({ budgetId: null, kind: 'projects-csv', filename: `${process.slug}-projets.csv`, mediaType: 'text/csv; charset=utf-8', content: Buffer.from(projectsCsv(forCsv)) });
    files.push({ budgetId: null, kind: 'results-csv', filename: `${process.slug}-resultats.csv`, mediaType: 'text/csv; charset=utf-8', content: Buffer.from(resultsCsv(forCsv)) });
    const hashes: Record<string, string> = {};
    for (const file of files) {
      const sha256 = createHash('sha256').update(file.content).digest('hex');
      hashes[file.filename] = sha256;
      await manager.query(
        `INSERT INTO open_data_files (process_id, budget_id, kind, filename, media_type, content, sha256) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [process.id, file.budgetId, file.kind, file.filename, file.mediaType, file.content, sha256],
      );
    }
    await manager.query(`INSERT INTO result_publications (process_id, published_by) VALUES ($1, $2)`, [process.id, actorId]);
    await this.views.storePublishedView(manager, process.id);
    // Every funded project becomes a scheduled work that its envelope's voters follow (works module).
    await this.workSources.fromPublishedBudget(manager, process.id, actorId);
    await this.audit.record({ actorId, action: 'results.publish', objectType: 'process', objectId: process.id, territoryId: process.territoryId, after: { files: hashes } }, manager);
  }

  /**
   * Rewrites the process's ballots in a random order, in this one transaction: afterwards neither their
   * system columns (xmin, which named the transaction that also wrote the voter's register entry) nor
   * their physical order (which followed the order of the register) say anything about who cast them.
   * The old row versions disappear at the next VACUUM (autovacuum).
   */
  private async reseal(manager: EntityManager, processId: string): Promise<void> {
    await manager.query(
      `CREATE TEMP TABLE resealed ON COMMIT DROP AS
       SELECT b.id, b.budget_id, b.content, b.receipt_hash FROM ballots b JOIN budgets g ON g.id = b.budget_id WHERE g.process_id = $1`,
      [processId],
    );
    await manager.query(`DELETE FROM ballots WHERE id IN (SELECT id FROM resealed)`);
    await manager.query(`INSERT INTO ballots (id, budget_id, content, receipt_hash) SELECT id, budget_id, content, receipt_hash FROM resealed ORDER BY random()`);
    await manager.query(`DROP TABLE resealed`);
  }

  async saveCount(manager: EntityManager, budgetId: string, outcome: CountedOutcome, greedy: CountedOutcome | null, ballotCount: number, actorId: string | null): Promise<void> {
    await manager.query(
      `INSERT INTO budget_results (budget_id, ballot_count, outcome, greedy_outcome, counted_by) VALUES ($1, $2, $3::jsonb, $4::jsonb, $5)
       ON CONFLICT (budget_id) DO UPDATE SET ballot_count = EXCLUDED.ballot_count, outcome = EXCLUDED.outcome,
         greedy_outcome = EXCLUDED.greedy_outcome, counted_at = now(), counted_by = EXCLUDED.counted_by`,
      [budgetId, ballotCount, JSON.stringify(outcome), greedy ? JSON.stringify(greedy) : null, actorId],
    );
  }

  /** Each envelope as a Pabulib file (with votes and selection once counted), as published or for the CLI. */
  async pabulibFiles(manager: EntityManager, process: ProcessEntity): Promise<Array<{ filename: string; content: string }>> {
    const files: Array<{ filename: string; content: string }> = [];
    for (const [index, budget] of (await this.budgetEntities(manager, process.id)).entries()) {
      const [stored]: Array<{ outcome: CountedOutcome }> = await manager.query(`SELECT outcome FROM budget_results WHERE budget_id = $1`, [budget.id]);
      const { projects, ballots } = await this.budgetData(manager, budget);
      const instance = budgetInstance(budget, projects, ballots, { ...(await this.context(manager, process)), ...(stored ? { outcome: stored.outcome } : {}) });
      files.push({ filename: `${process.slug}-enveloppe-${index + 1}.pb`, content: writePabulib(instance) });
    }
    return files;
  }

  /**
   * Counts one envelope by its declared rule; with MES, also what greedy would have funded. Projects
   * below the envelope's vote threshold take no part in either count.
   */
  async countBudget(manager: EntityManager, process: ProcessEntity, budget: BudgetEntity) {
    const { projects, ballots } = await this.budgetData(manager, budget);
    const sat = satisfactionOf(budget.ballotKind);
    const counted = splitByThreshold(projects, ballots, budget.minVotes, sat);
    const instance = budgetInstance(budget, counted.projects, counted.ballots, await this.context(manager, process));
    const outcome = tally(instance, { rule: budget.countingRule, sat, tieBreak: budget.tieBreak, ...(budget.countingRule === 'mes' ? { completion: 'add1' as const } : {}) });
    const greedy = budget.countingRule === 'mes' ? tally(instance, { rule: 'greedy', sat, tieBreak: budget.tieBreak }) : null;
    return {
      outcome: withBelowThreshold(outcome, projects, counted.below),
      greedy: greedy ? withBelowThreshold(greedy, projects, counted.below) : null,
      ballotCount: ballots.length,
    };
  }

  private async context(manager: EntityManager, process: ProcessEntity): Promise<InstanceContext> {
    const [territory]: Array<{ name: string }> = await manager.query(`SELECT name FROM territories WHERE id = $1`, [process.territoryId]);
    return { description: process.title, unit: territory?.name ?? '', instance: process.slug };
  }

  private async budgetEntities(manager: EntityManager, processId: string): Promise<BudgetEntity[]> {
    return manager.find(BudgetEntity, { where: { processId }, order: { position: 'ASC', createdAt: 'ASC' } });
  }

  async budgetData(manager: EntityManager, budget: BudgetEntity): Promise<{ projects: ProjectRow[]; ballots: BallotRow[] }> {
    const projects: ProjectRow[] = await manager.query(
      `SELECT p.id, p.title, p.cost_cents, p.category, p.address, p.lat, p.lng, t.name AS quartier
       FROM ballot_projects p LEFT JOIN territories t ON t.id = p.quartier_id WHERE p.budget_id = $1 ORDER BY p.position, p.created_at, p.id`,
      [budget.id],
    );
    // Ordered by the random ballot id: the file's order says nothing about when a ballot was cast.
    const rows: Array<{ content: BallotContent; receipt_hash: Buffer }> = await manager.query(`SELECT content, receipt_hash FROM ballots WHERE budget_id = $1 ORDER BY id`, [budget.id]);
    return { projects, ballots: rows.map((row) => ({ voterId: publishedVoterId(row.receipt_hash), content: row.content })) };
  }

  private async isPublished(manager: EntityManager, processId: string): Promise<boolean> {
    const [row]: Array<{ published: boolean }> = await manager.query(`SELECT EXISTS (SELECT 1 FROM result_publications WHERE process_id = $1) AS published`, [processId]);
    return row.published;
  }
}
