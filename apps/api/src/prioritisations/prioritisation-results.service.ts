import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type { PrioritisationResults } from '@agora/contracts';
import { writePabulib } from '@agora/vote-counting';

import { isUuid } from '../access/id.rule';
import { AuditService } from '../audit/audit.service';
import { publishedVoterId } from '../budgets/receipt.rule';
import type { ProcessEntity } from '../processes/process.entity';
import { PROCESS_TEAM, ProcessesService } from '../processes/processes.service';
import { csvLine } from '../works/work-csv.rule';
import type { PrioritisationContent } from './prioritisation-ballot.rule';
import { countPrioritisation, CountedBallot, CountedWork, PrioritisationOutcome, prioritisationInstance } from './prioritisation-count.rule';
import { prioritisationErrors } from './prioritisation.errors';
import { prioritisationRulesText } from './prioritisation.rules-text';
import { PrioritisationRow, PrioritisationsService } from './prioritisations.service';

/** The stored count, with the number of people who could take part when it was made. */
type StoredOutcome = PrioritisationOutcome & { eligibleCount?: number | null };

/** Count → staff review → publication with open data (ballots as Pabulib, results as CSV, SHA-256), like budget results. */
@Injectable()
export class PrioritisationResultsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly processes: ProcessesService,
    private readonly prioritisations: PrioritisationsService,
    private readonly audit: AuditService,
  ) {}

  /** Closes the vote if open, then counts (again, until published). */
  async count(actorId: string, processId: string): Promise<PrioritisationResults> {
    const id = await this.dataSource.transaction(async (manager) => {
      // FOR UPDATE waits for the casts in flight (KEY SHARE) and stops new ones.
      const process = await this.prioritisations.prioritisationProcess(processId, manager, true);
      await this.processes.requireRole(actorId, PROCESS_TEAM, process, manager);
      const row = await this.prioritisations.row(manager, process.id);
      if (await this.publishedAt(manager, row.id)) throw prioritisationErrors.alreadyPublished();
      if (process.phase !== 'vote' && process.phase !== 'results') throw prioritisationErrors.countNeedsClosedVote();
      if (process.phase === 'vote') await this.processes.movePhase(manager, process, 'results', actorId);
      await this.reseal(manager, row.id);
      const { outcome } = await this.tally(manager, process, row);
      // Frozen with the count: who could take part on the day the vote closed, not on the day one reads.
      const stored: StoredOutcome = { ...outcome, eligibleCount: await this.eligibleCount(manager, process.id, row.quartier_id) };
      await manager.query(
        `INSERT INTO prioritisation_results (prioritisation_id, ballot_count, outcome, counted_by) VALUES ($1, $2, $3::jsonb, $4)
         ON CONFLICT (prioritisation_id) DO UPDATE SET ballot_count = EXCLUDED.ballot_count, outcome = EXCLUDED.outcome, counted_at = now(), counted_by = EXCLUDED.counted_by`,
        [row.id, outcome.ballotCount, JSON.stringify(stored), actorId],
      );
      await this.audit.record({ actorId, action: 'prioritisation.count', objectType: 'process', objectId: process.id, territoryId: process.territoryId, after: { ballots: outcome.ballotCount, first: outcome.ranking[0]?.workId ?? null } }, manager);
      return process.id;
    });
    return this.resultsOf(this.dataSource.manager, id);
  }

  async publish(actorId: string, processId: string): Promise<PrioritisationResults> {
    const id = await this.dataSource.transaction(async (manager) => {
      const process = await this.prioritisations.prioritisationProcess(processId, manager, true);
      await this.processes.requireRole(actorId, PROCESS_TEAM, process, manager);
      const row = await this.prioritisations.row(manager, process.id);
      if (await this.publishedAt(manager, row.id)) throw prioritisationErrors.alreadyPublished();
      const [stored]: Array<{ ballot_count: number; outcome: PrioritisationOutcome }> = await manager.query(`SELECT ballot_count, outcome FROM prioritisation_results WHERE prioritisation_id = $1`, [row.id]);
      const { instance, ballots } = await this.tally(manager, process, row);
      if (!stored || stored.ballot_count !== ballots.length) throw prioritisationErrors.notCounted();
      const titles = new Map(row.works.map((w) => [w.id, w.title]));
      const files = [
        { kind: 'ballots-pabulib', filename: `${process.slug}-bulletins.pb`, mediaType: 'text/plain; charset=utf-8', content: Buffer.from(writePabulib(instance)) },
        { kind: 'results-csv', filename: `${process.slug}-resultats.csv`, mediaType: 'text/csv; charset=utf-8', content: Buffer.from(resultsCsv(stored.outcome, titles)) },
      ];
      const hashes: Record<string, string> = {};
      for (const file of files) {
        const sha256 = createHash('sha256').update(file.content).digest('hex');
        hashes[file.filename] = sha256;
        await manager.query(
          `INSERT INTO prioritisation_files (prioritisation_id, kind, filename, media_type, content, sha256) VALUES ($1, $2, $3, $4, $5, $6)`,
          [row.id, file.kind, file.filename, file.mediaType, file.content, sha256],
        );
      }
      await manager.query(`UPDATE prioritisation_results SET published_at = now(), published_by = $2 WHERE prioritisation_id = $1`, [row.id, actorId]);
      await this.audit.record({ actorId, action: 'prioritisation.publish', objectType: 'process', objectId: process.id, territoryId: process.territoryId, after: { files: hashes } }, manager);
      return process.id;
    });
    return this.resultsOf(this.dataSource.manager, id);
  }

  async draft(actorId: string, processId: string): Promise<PrioritisationResults> {
    const process = await this.prioritisations.prioritisationProcess(processId, this.dataSource.manager);
    await this.processes.requireRole(actorId, PROCESS_TEAM, process);
    return this.resultsOf(this.dataSource.manager, process.id);
  }

  async publicResults(idOrSlug: string): Promise<PrioritisationResults> {
    const process = await this.prioritisations.prioritisationProcess(idOrSlug, this.dataSource.manager);
    const results = await this.resultsOf(this.dataSource.manager, process.id);
    if (!results.published) throw prioritisationErrors.noResults();
    return results;
  }

  /** A published file, only once the results are public. */
  async file(fileId: string): Promise<{ filename: string; mediaType: string; content: Buffer; sha256: string }> {
    if (!isUuid(fileId)) throw prioritisationErrors.fileNotFound();
    const [file]: Array<{ filename: string; media_type: string; content: Buffer; sha256: string }> = await this.dataSource.query(
      `SELECT f.filename, f.media_type, f.content, f.sha256 FROM prioritisation_files f
       JOIN prioritisation_results r ON r.prioritisation_id = f.prioritisation_id AND r.published_at IS NOT NULL WHERE f.id = $1`,
      [fileId],
    );
    if (!file) throw prioritisationErrors.fileNotFound();
    return { filename: file.filename, mediaType: file.media_type, content: file.content, sha256: file.sha256 };
  }

  private async resultsOf(manager: EntityManager, processId: string): Promise<PrioritisationResults> {
    const row = await this.prioritisations.row(manager, processId);
    const [stored]: Array<{ outcome: StoredOutcome; published_at: Date | null }> = await manager.query(`SELECT outcome, published_at FROM prioritisation_results WHERE prioritisation_id = $1`, [row.id]);
    const files: Array<{ id: string; kind: 'ballots-pabulib' | 'results-csv'; filename: string; sha256: string }> = await manager.query(
      `SELECT id, kind, filename, sha256 FROM prioritisation_files WHERE prioritisation_id = $1 ORDER BY kind`,
      [row.id],
    );
    const titles = new Map(row.works.map((w) => [w.id, w.title]));
    const outcome = stored?.outcome;
    const ballotCount = outcome?.ballotCount ?? 0;
    // Results counted before the figure was kept: the count of today, better than none.
    const eligibleCount = outcome ? (outcome.eligibleCount ?? (await this.eligibleCount(manager, processId, row.quartier_id))) : await this.eligibleCount(manager, processId, row.quartier_id);
    return {
      processId,
      published: !!stored?.published_at,
      publishedAt: stored?.published_at ? new Date(stored.published_at).toISOString() : null,
      mode: row.mode,
      rule: outcome?.rule ?? (row.mode === 'points' ? 'average' : row.ranking_rule!),
      ruleText: prioritisationRulesText(row.mode, row.ranking_rule, row.quartier_name),
      ballotCount,
      eligibleCount,
      turnout: eligibleCount ? ballotCount / eligibleCount : null,
      ranking: (outcome?.ranking ?? []).map((r) => ({ ...r, title: titles.get(r.workId) ?? r.workId })),
      pairwise: outcome?.pairwise ?? null,
      files: files.map((f) => ({ kind: f.kind, filename: f.filename, sha256: f.sha256, url: `/api/open-data/prioritisations/${f.id}` })),
    };
  }

  /**
   * Who could take part: with a census imported for the process, its entries in the quartier; else the
   * open accounts with a verified address whose home quartier it is (the eligibility rule's population).
   */
  private async eligibleCount(manager: EntityManager, processId: string, quartierId: string): Promise<number | null> {
    const [row]: Array<{ census: number; census_here: number; accounts: number }> = await manager.query(
      `SELECT (SELECT count(*)::int FROM census_entries WHERE process_id = $1) AS census,
              (SELECT count(*)::int FROM census_entries WHERE process_id = $1 AND quartier_id = $2) AS census_here,
              (SELECT count(*)::int FROM accounts WHERE home_territory_id = $2 AND email_verified_at IS NOT NULL AND deleted_at IS NULL) AS accounts`,
      [processId, quartierId],
    );
    const count = row.census > 0 ? row.census_here : row.accounts;
    return count > 0 ? count : null;
  }

  private async tally(manager: EntityManager, process: ProcessEntity, row: PrioritisationRow) {
    const works: CountedWork[] = row.works.map((w) => ({ id: w.id, title: w.title, costCents: w.estimatedCostCents === null ? null : Number(w.estimatedCostCents), category: w.category }));
    // Ordered by the random ballot id: the file's order says nothing about when a ballot was cast.
    const rows: Array<{ content: PrioritisationContent; receipt_hash: Buffer }> = await manager.query(`SELECT content, receipt_hash FROM prioritisation_ballots WHERE prioritisation_id = $1 ORDER BY id`, [row.id]);
    const ballots: CountedBallot[] = rows.map((b) => ({ voterId: publishedVoterId(b.receipt_hash), content: b.content }));
    const instance = prioritisationInstance(row.mode, works, ballots, { description: process.title, unit: row.quartier_name, instance: process.slug, rule: row.mode === 'points' ? 'average' : row.ranking_rule! });
    return { instance, ballots, outcome: countPrioritisation(row.mode, row.ranking_rule, instance, ballots) };
  }

  /** As for budgets: rewrites the ballots in a random order so that neither xmin nor the physical order follows the register. */
  private async reseal(manager: EntityManager, prioritisationId: string): Promise<void> {
    await manager.query(`CREATE TEMP TABLE resealed_priorities ON COMMIT DROP AS SELECT id, prioritisation_id, content, receipt_hash FROM prioritisation_ballots WHERE prioritisation_id = $1`, [prioritisationId]);
    await manager.query(`DELETE FROM prioritisation_ballots WHERE prioritisation_id = $1`, [prioritisationId]);
    await manager.query(`INSERT INTO prioritisation_ballots (id, prioritisation_id, content, receipt_hash) SELECT id, prioritisation_id, content, receipt_hash FROM resealed_priorities ORDER BY random()`);
    await manager.query(`DROP TABLE resealed_priorities`);
  }

  private async publishedAt(manager: EntityManager, prioritisationId: string): Promise<Date | null> {
    const [row]: Array<{ published_at: Date | null }> = await manager.query(`SELECT published_at FROM prioritisation_results WHERE prioritisation_id = $1`, [prioritisationId]);
    return row?.published_at ?? null;
  }
}

/** The results as CSV: position, work, score by the declared rule, and the total (first places or points). */
function resultsCsv(outcome: PrioritisationOutcome, titles: Map<string, string>): string {
  const header = ['position', 'work_id', 'title', 'score', outcome.rule === 'average' ? 'points_total' : 'first_places', 'rule', 'ballots'];
  const lines = outcome.ranking.map((r) => csvLine([r.position, r.workId, titles.get(r.workId) ?? '', r.score, r.total, outcome.rule, outcome.ballotCount]));
  return `\uFEFF${[header.join(';'), ...lines].join('\r\n')}\r\n`;
}
