import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type {
  CreatePrioritisationRequest,
  Prioritisation,
  PrioritisationMode,
  PrioritisationPage,
  PrioritisationRankingRule,
  PrioritisationWork,
  UpdatePrioritisationRequest,
} from '@agora/contracts';
import { PRIORITISATION_POINTS } from '@agora/contracts';

import { AuditService } from '../audit/audit.service';
import { seededShuffle } from '../budgets/seeded-order.rule';
import type { ProcessEntity } from '../processes/process.entity';
import { PROCESS_OWNERS, ProcessesService } from '../processes/processes.service';
import { PrioritisationEligibility } from './prioritisation-eligibility.service';
import { prioritisationErrors } from './prioritisation.errors';
import { prioritisationRulesText } from './prioritisation.rules-text';

export interface PrioritisationRow {
  id: string;
  process_id: string;
  quartier_id: string;
  quartier_name: string;
  mode: PrioritisationMode;
  ranking_rule: PrioritisationRankingRule | null;
  locked_at: Date | null;
  works: Array<PrioritisationWork & { position: number }>;
}

const SELECT = `SELECT p.id, p.process_id, p.quartier_id, t.name AS quartier_name, p.mode, p.ranking_rule, p.locked_at,
  coalesce((SELECT json_agg(json_build_object('id', w.id, 'title', w.title, 'category', w.category, 'status', w.status, 'description', w.description,
     'estimatedCostCents', w.estimated_cost_cents, 'estimatedDurationDays', w.estimated_duration_days, 'place', w.place, 'position', pw.position) ORDER BY pw.position)
   FROM prioritisation_works pw JOIN works w ON w.id = pw.work_id WHERE pw.prioritisation_id = p.id), '[]'::json) AS works
  FROM prioritisations p JOIN territories t ON t.id = p.quartier_id`;

/** An official opens the prioritisation of one quartier's works; residents read it. */
@Injectable()
export class PrioritisationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly processes: ProcessesService,
    private readonly eligibility: PrioritisationEligibility,
    private readonly audit: AuditService,
  ) {}

  async create(actorId: string, processId: string, body: CreatePrioritisationRequest): Promise<Prioritisation> {
    return this.dataSource.transaction(async (manager) => {
      const process = await this.prioritisationProcess(processId, manager, true);
      await this.processes.requireRole(actorId, PROCESS_OWNERS, process, manager);
      const [existing] = await manager.query(`SELECT 1 FROM prioritisations WHERE process_id = $1`, [process.id]);
      if (existing) throw prioritisationErrors.exists();
      const quartierName = await this.checkQuartier(manager, process, body.quartierId);
      const rule = this.ruleFor(body.mode, body.rankingRule);
      await this.checkWorks(manager, body.workIds, body.quartierId, quartierName);
      const [row]: Array<{ id: string }> = await manager.query(
        `INSERT INTO prioritisations (process_id, quartier_id, mode, ranking_rule) VALUES ($1, $2, $3, $4) RETURNING id`,
        [process.id, body.quartierId, body.mode, rule],
      );
      await this.setWorks(manager, row.id, body.workIds);
      await this.audit.record({ actorId, action: 'prioritisation.create', objectType: 'process', objectId: process.id, territoryId: process.territoryId, after: { ...body, rankingRule: rule } }, manager);
      return this.view(await this.row(manager, process.id));
    });
  }

  async update(actorId: string, processId: string, body: UpdatePrioritisationRequest): Promise<Prioritisation> {
    return this.dataSource.transaction(async (manager) => {
      const process = await this.prioritisationProcess(processId, manager);
      await this.processes.requireRole(actorId, PROCESS_OWNERS, process, manager);
      // FOR UPDATE waits for the ballots being cast (they hold KEY SHARE), then sees the lock they set.
      const [locked]: Array<{ locked_at: Date | null }> = await manager.query(`SELECT locked_at FROM prioritisations WHERE process_id = $1 FOR UPDATE`, [process.id]);
      if (!locked) throw prioritisationErrors.notFound();
      if (locked.locked_at) throw prioritisationErrors.rulesLocked();
      const before = await this.row(manager, process.id);
      const mode = body.mode ?? before.mode;
      const rule = this.ruleFor(mode, body.rankingRule !== undefined ? body.rankingRule : before.ranking_rule);
      if (body.workIds) {
        await this.checkWorks(manager, body.workIds, before.quartier_id, before.quartier_name);
        await manager.query(`DELETE FROM prioritisation_works WHERE prioritisation_id = $1`, [before.id]);
        await this.setWorks(manager, before.id, body.workIds);
      }
      await manager.query(`UPDATE prioritisations SET mode = $2, ranking_rule = $3, updated_at = now() WHERE id = $1`, [before.id, mode, rule]);
      await this.audit.record(
        { actorId, action: 'prioritisation.update', objectType: 'process', objectId: process.id, territoryId: process.territoryId, before: { mode: before.mode, rankingRule: before.ranking_rule, workIds: before.works.map((w) => w.id) }, after: { mode, rankingRule: rule, workIds: body.workIds } },
        manager,
      );
      return this.view(await this.row(manager, process.id));
    });
  }

  /** The public page; works in an order stable for each visitor, so that no work profits from being first. */
  async page(idOrSlug: string, viewerId: string | null): Promise<PrioritisationPage> {
    const process = await this.processes.findVisible(idOrSlug, viewerId);
    if (process.kind !== 'prioritisation') throw prioritisationErrors.notAPrioritisation();
    const manager = this.dataSource.manager;
    const row = await this.row(manager, process.id);
    const view = this.view(row);
    const [published] = await manager.query(`SELECT 1 FROM prioritisation_results WHERE prioritisation_id = $1 AND published_at IS NOT NULL`, [row.id]);
    return {
      process: await this.processes.detail(process),
      prioritisation: viewerId ? { ...view, works: seededShuffle(view.works, `${viewerId}:${row.id}`) } : view,
      me: viewerId ? await this.eligibility.forViewer(manager, process, row, viewerId) : null,
      resultsPublished: !!published,
    };
  }

  async prioritisationProcess(idOrSlug: string, manager: EntityManager, lock = false): Promise<ProcessEntity> {
    const process = await this.processes.find(idOrSlug, manager, lock);
    if (process.kind !== 'prioritisation') throw prioritisationErrors.notAPrioritisation();
    return process;
  }

  async row(manager: EntityManager, processId: string): Promise<PrioritisationRow> {
    const [row]: PrioritisationRow[] = await manager.query(`${SELECT} WHERE p.process_id = $1`, [processId]);
    if (!row) throw prioritisationErrors.notFound();
    return row;
  }

  view(row: PrioritisationRow): Prioritisation {
    return {
      id: row.id,
      processId: row.process_id,
      quartierId: row.quartier_id,
      quartierName: row.quartier_name,
      mode: row.mode,
      rankingRule: row.ranking_rule,
      points: row.mode === 'points' ? PRIORITISATION_POINTS : null,
      works: row.works.map(({ position: _position, estimatedCostCents, ...work }) => ({ ...work, estimatedCostCents: estimatedCostCents === null ? null : Number(estimatedCostCents) })),
      lockedAt: row.locked_at ? new Date(row.locked_at).toISOString() : null,
      rulesText: prioritisationRulesText(row.mode, row.ranking_rule, row.quartier_name),
    };
  }

  private ruleFor(mode: PrioritisationMode, rule: PrioritisationRankingRule | null | undefined): PrioritisationRankingRule | null {
    if (mode === 'points') return null;
    if (!rule) throw prioritisationErrors.ruleRequired();
    return rule;
  }

  /** A quartier directly under the process's territory (the commune) or further down. */
  private async checkQuartier(manager: EntityManager, process: ProcessEntity, quartierId: string): Promise<string> {
    const [row]: Array<{ name: string; kind: string; under: boolean }> = await manager.query(
      `WITH RECURSIVE up AS (SELECT id, parent_id, 0 AS depth FROM territories WHERE id = $1
         UNION ALL SELECT t.id, t.parent_id, u.depth + 1 FROM territories t JOIN up u ON t.id = u.parent_id WHERE u.depth < 20)
       SELECT t.name, t.kind, EXISTS (SELECT 1 FROM up WHERE id = $2 AND depth > 0) AS under FROM territories t WHERE t.id = $1`,
      [quartierId, process.territoryId],
    );
    if (!row || row.kind !== 'quartier' || !row.under) throw prioritisationErrors.wrongQuartier();
    return row.name;
  }

  private async checkWorks(manager: EntityManager, workIds: string[], quartierId: string, quartierName: string): Promise<void> {
    if (new Set(workIds).size !== workIds.length) throw prioritisationErrors.duplicateWork();
    const rows: Array<{ id: string; territory_id: string; status: string }> = await manager.query(`SELECT id, territory_id, status FROM works WHERE id = ANY($1::uuid[])`, [workIds]);
    if (rows.length !== workIds.length) throw prioritisationErrors.unknownWork();
    if (rows.some((w) => w.territory_id !== quartierId)) throw prioritisationErrors.workOfAnotherQuartier(quartierName);
    if (rows.some((w) => w.status === 'termine' || w.status === 'abandonne')) throw prioritisationErrors.workClosed();
  }

  private async setWorks(manager: EntityManager, prioritisationId: string, workIds: string[]): Promise<void> {
    await manager.query(
      `INSERT INTO prioritisation_works (prioritisation_id, work_id, position) SELECT $1, w, i FROM unnest($2::uuid[]) WITH ORDINALITY AS u(w, i)`,
      [prioritisationId, workIds],
    );
  }
}
