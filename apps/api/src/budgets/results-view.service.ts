import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type { BudgetResult, OpenDataFile, ProcessResults, ReceiptCheck } from '@agora/contracts';

import { PROCESS_TEAM, ProcessesService } from '../processes/processes.service';
import type { BallotContent } from './ballot-box.service';
import { budgetErrors } from './budget.errors';
import { countingRuleText } from './budget-rules.rule';
import { BudgetEntity } from './budget.entity';
import { explanationText } from './explanation.text';
import type { CountedOutcome } from './vote-threshold.rule';
import { normaliseReceiptCode, publishedVoterId, receiptHash } from './receipt.rule';

const toCents = (amount: string) => Math.round(Number(amount) * 100);

/** Reading results: the staff review before publication, the public page after, receipts and files. */
@Injectable()
export class ResultsViewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly processes: ProcessesService,
  ) {}

  async draft(actorId: string, processId: string): Promise<ProcessResults> {
    const process = await this.processes.find(processId);
    await this.processes.requireRole(actorId, PROCESS_TEAM, process);
    return this.resultsOf(this.dataSource.manager, process.id);
  }

  /**
   * The page as it was published: two queries whatever the number of ballots, projects or envelopes
   * (the process, then its stored view). A publication older than the stored views is built as before.
   */
  async publicResults(idOrSlug: string): Promise<ProcessResults> {
    const process = await this.processes.find(idOrSlug);
    const [publication]: Array<{ view: ProcessResults | null }> = await this.dataSource.query(
      `SELECT view FROM result_publications WHERE process_id = $1`,
      [process.id],
    );
    if (!publication) throw budgetErrors.noResults();
    return publication.view ?? this.resultsOf(this.dataSource.manager, process.id);
  }

  /**
   * Stores the public page in the publishing transaction, once its files and its publication row are
   * written: a published result never changes, so every later visit reads this one row.
   */
  async storePublishedView(manager: EntityManager, processId: string): Promise<void> {
    const view = await this.resultsOf(manager, processId);
    await manager.query(`UPDATE result_publications SET view = $2::jsonb WHERE process_id = $1`, [processId, JSON.stringify(view)]);
  }

  private async resultsOf(manager: EntityManager, processId: string): Promise<ProcessResults> {
    const [publication]: Array<{ published_at: Date }> = await manager.query(`SELECT published_at FROM result_publications WHERE process_id = $1`, [processId]);
    const budgets = await manager.find(BudgetEntity, { where: { processId }, order: { position: 'ASC', createdAt: 'ASC' } });
    const out: BudgetResult[] = [];
    for (const budget of budgets) {
      const [stored]: Array<{ ballot_count: number; outcome: CountedOutcome; greedy_outcome: CountedOutcome | null }> = await manager.query(
        `SELECT ballot_count, outcome, greedy_outcome FROM budget_results WHERE budget_id = $1`,
        [budget.id],
      );
      if (!stored) continue;
      const titles: Array<{ id: string; title: string; cost_cents: string }> = await manager.query(`SELECT id, title, cost_cents FROM ballot_projects WHERE budget_id = $1`, [budget.id]);
      const byId = new Map(titles.map((t) => [t.id, t]));
      const greedySelected = new Set(stored.greedy_outcome?.selected ?? []);
      out.push({
        budgetId: budget.id,
        name: budget.name,
        amountCents: budget.amountCents,
        usedCents: toCents(stored.outcome.budgetUsed),
        ballotCount: stored.ballot_count,
        countingRule: budget.countingRule,
        ruleText: countingRuleText(budget.countingRule, budget.tieBreak, budget.amountCents),
        projects: [...stored.outcome.projects]
          .sort((a, b) => Number(b.funded) - Number(a.funded) || b.supporters - a.supporters)
          .map((p) => ({
            id: p.id,
            title: byId.get(p.id)?.title ?? p.id,
            costCents: toCents(p.cost),
            votes: p.supporters,
            points: stored.outcome.sat === 'points' ? Number(p.satisfaction) : null,
            funded: p.funded,
            explanation: explanationText(p),
            fundedByGreedy: stored.greedy_outcome ? greedySelected.has(p.id) : null,
          })),
        greedyComparison: stored.greedy_outcome ? { fundedIds: [...stored.greedy_outcome.selected], usedCents: toCents(stored.greedy_outcome.budgetUsed) } : null,
      });
    }
    const [people]: Array<{ participants: number; census: number }> = await manager.query(
      `SELECT (SELECT count(DISTINCT coalesce(account_id::text, encode(identity_hash, 'hex')))::int FROM participations WHERE process_id = $1) AS participants,
              (SELECT count(*)::int FROM census_entries WHERE process_id = $1) AS census`,
      [processId],
    );
    return {
      processId,
      published: !!publication,
      publishedAt: publication?.published_at.toISOString() ?? null,
      participants: people.participants,
      turnout: people.census > 0 ? people.participants / people.census : null,
      budgets: out,
      files: await this.files(manager, processId),
    };
  }

  async files(manager: EntityManager, processId: string): Promise<OpenDataFile[]> {
    const rows: Array<{ id: string; budget_id: string | null; kind: OpenDataFile['kind']; filename: string; sha256: string }> = await manager.query(
      `SELECT id, budget_id, kind, filename, sha256 FROM open_data_files WHERE process_id = $1 ORDER BY created_at, filename`,
      [processId],
    );
    return rows.map((row) => ({ id: row.id, budgetId: row.budget_id, kind: row.kind, filename: row.filename, sha256: row.sha256, url: `/api/open-data/${row.id}` }));
  }

  async file(id: string): Promise<{ filename: string; mediaType: string; content: Buffer; sha256: string }> {
    const [row]: Array<{ filename: string; media_type: string; content: Buffer; sha256: string }> = await this.dataSource.query(
      `SELECT filename, media_type, content, sha256 FROM open_data_files WHERE id = $1`,
      [id],
    );
    if (!row) throw budgetErrors.fileNotFound();
    return { filename: row.filename, mediaType: row.media_type, content: row.content, sha256: row.sha256 };
  }

  /** Anyone, after publication: is the ballot with this code in the published file, and what does it say? */
  async receipt(code: string): Promise<ReceiptCheck> {
    const normalised = normaliseReceiptCode(code);
    if (!normalised) throw budgetErrors.receiptNotFound();
    const hash = receiptHash(normalised);
    const [row]: Array<{ budget_id: string; name: string; process_id: string; content: BallotContent }> = await this.dataSource.query(
      `SELECT b.budget_id, g.name, g.process_id, b.content FROM ballots b JOIN budgets g ON g.id = b.budget_id
       JOIN result_publications r ON r.process_id = g.process_id WHERE b.receipt_hash = $1`,
      [hash],
    );
    if (!row) throw budgetErrors.receiptNotFound();
    const titles: Array<{ id: string; title: string }> = await this.dataSource.query(`SELECT id, title FROM ballot_projects WHERE budget_id = $1`, [row.budget_id]);
    const byId = new Map(titles.map((t) => [t.id, t.title]));
    const file = (await this.files(this.dataSource.manager, row.process_id)).find((f) => f.budgetId === row.budget_id && f.kind === 'pabulib') ?? null;
    return {
      found: true,
      budgetId: row.budget_id,
      budgetName: row.name,
      voterId: publishedVoterId(hash),
      projects: row.content.projectIds.map((id, i) => ({ id, title: byId.get(id) ?? id, points: row.content.points?.[i] ?? null })),
      file,
    };
  }
}
