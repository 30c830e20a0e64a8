import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type { CreateTimelineEntryRequest, CreateWorkRequest, TimelineEntry, UpdateWorkRequest, WorkDetail, WorkLiveEvent, WorkSource } from '@agora/contracts';

import { isUuid } from '../access/id.rule';
import { AuditService } from '../audit/audit.service';
import { LiveUpdatesService } from '../live/live-updates.service';
import { WorkFollowService } from './work-follow.service';
import { WorkQueryService } from './work-query.service';
import { statusEntryText } from './work-status.text';
import { WorkTerritory, WorkTerritoryService } from './work-territory.service';
import { workErrors } from './work.errors';
import { WorkRow } from './work.mapper';

/** The live topic of a territory's works (its commune's and the quartier's). */
export const worksTopic = (territoryId: string) => `works:${territoryId}`;

/** Where a new work comes from. */
export interface WorkOrigin {
  kind: WorkSource;
  proposalId?: string | null;
  ballotProjectId?: string | null;
  processId?: string | null;
}

/** What a write did, to announce once it commits: new timeline entries go to the followers. */
export interface WorkWrite {
  workId: string;
  entryIds: string[];
}

const FIELD_COLUMNS: Array<[keyof UpdateWorkRequest, string]> = [
  ['title', 'title'],
  ['description', 'description'],
  ['category', 'category'],
  ['status', 'status'],
  ['statusReason', 'status_reason'],
  ['progress', 'progress'],
  ['estimatedCostCents', 'estimated_cost_cents'],
  ['estimatedDurationDays', 'estimated_duration_days'],
  ['plannedStartOn', 'planned_start_on'],
  ['plannedEndOn', 'planned_end_on'],
  ['actualStartOn', 'actual_start_on'],
  ['actualEndOn', 'actual_end_on'],
  ['budgetLine', 'budget_line'],
  ['amountSpentCents', 'amount_spent_cents'],
  ['parentId', 'parent_id'],
];

/**
 * Staff writes on works: create, edit (status, progress, dates, money, place, parent), and the dated
 * timeline. Every write is audited in its transaction, every status or progress change writes a
 * timeline entry and is announced live (pg_notify, so only once committed); followers are mailed
 * after the commit.
 */
@Injectable()
export class WorksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly territories: WorkTerritoryService,
    private readonly query: WorkQueryService,
    private readonly follows: WorkFollowService,
    private readonly audit: AuditService,
    private readonly live: LiveUpdatesService,
  ) {}

  async create(actorId: string, body: CreateWorkRequest): Promise<WorkDetail> {
    const write = await this.dataSource.transaction(async (manager) => {
      await this.territories.assertStaff(actorId, body.territoryId, manager);
      return this.insert(manager, actorId, body, { kind: 'planned' });
    });
    await this.follows.announce(write.entryIds);
    return this.query.detail(write.workId, actorId);
  }

  async update(actorId: string, id: string, body: UpdateWorkRequest): Promise<WorkDetail> {
    const write = await this.dataSource.transaction((manager) => this.apply(manager, actorId, id, body));
    await this.follows.announce(write.entryIds);
    return this.query.detail(id, actorId);
  }

  async addEntry(actorId: string, id: string, body: CreateTimelineEntryRequest): Promise<TimelineEntry> {
    const entryId = await this.dataSource.transaction(async (manager) => {
      const work = await this.lock(manager, id);
      await this.territories.assertStaff(actorId, work.territory_id, manager);
      if (body.progress !== undefined && body.progress !== work.progress) {
        await manager.query(`UPDATE works SET progress = $2, updated_at = now() WHERE id = $1`, [id, body.progress]);
      }
      const entry = await this.insertEntry(manager, actorId, id, body.text, { occurredOn: body.occurredOn, progress: body.progress ?? null });
      await this.audit.record({ actorId, action: 'work.timeline', objectType: 'work', objectId: id, territoryId: work.territory_id, after: { entryId: entry, progress: body.progress ?? null } }, manager);
      await this.announceLive(manager, work, 'timeline', { progress: body.progress ?? work.progress });
      return entry;
    });
    await this.follows.announce([entryId]);
    return this.query.entry(entryId);
  }

  /** Creates a work in the caller's transaction (the caller checked the actor). */
  async insert(manager: EntityManager, actorId: string | null, body: CreateWorkRequest, origin: WorkOrigin): Promise<WorkWrite> {
    const territory = await this.territories.resolve(body.territoryId, manager);
    const place = this.territories.place(body.place, territory);
    const status = body.status ?? 'a_l_etude';
    const values = { ...body, status, progress: body.progress ?? (status === 'termine' ? 100 : 0) };
    this.checkConsistency(values);
    if (body.parentId) await this.checkParent(manager, null, body.parentId, territory);
    const columns = FIELD_COLUMNS.filter(([key]) => values[key] !== undefined);
    const params: unknown[] = [territory.id, territory.communeId, place ? JSON.stringify(place) : null, origin.kind, origin.proposalId ?? null, origin.ballotProjectId ?? null, origin.processId ?? null, actorId];
    const [row]: Array<{ id: string }> = await manager.query(
      `INSERT INTO works (territory_id, commune_id, place, source, source_proposal_id, source_ballot_project_id, source_process_id, created_by${columns.map(([, c]) => `, ${c}`).join('')})
       VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8${columns.map((_, i) => `, $${i + 9}`).join('')}) RETURNING id`,
      [...params, ...columns.map(([key]) => values[key] ?? null)],
    );
    const entry = await this.insertEntry(manager, actorId, row.id, statusEntryText(status, body.statusReason ?? null), { status, progress: values.progress, notifyFollowers: false });
    await this.audit.record({ actorId, action: 'work.create', objectType: 'work', objectId: row.id, territoryId: territory.id, after: { ...values, place, source: origin } }, manager);
    await this.publish(manager, territory, { workId: row.id, change: 'created', status, progress: values.progress });
    return { workId: row.id, entryIds: [entry] };
  }

  /** Edits a work in the caller's transaction, checking the actor on its territory (and the new one, if it moves). */
  async apply(manager: EntityManager, actorId: string, id: string, body: UpdateWorkRequest): Promise<WorkWrite> {
    const work = await this.lock(manager, id);
    await this.territories.assertStaff(actorId, work.territory_id, manager);
    const territory = await this.territories.resolve(body.territoryId ?? work.territory_id, manager);
    if (territory.id !== work.territory_id) {
      await this.territories.assertStaff(actorId, territory.id, manager);
      if (territory.communeId !== work.commune_id) throw workErrors.wrongTerritory();
    }
    const place = body.place !== undefined ? this.territories.place(body.place, territory) : this.territories.place(work.place, territory);
    const next = { ...body };
    if (body.status === 'termine' && body.progress === undefined) next.progress = 100;
    const merged = {
      status: next.status ?? work.status,
      statusReason: next.statusReason !== undefined ? next.statusReason : work.status_reason,
      plannedStartOn: next.plannedStartOn !== undefined ? next.plannedStartOn : work.planned_start_on,
      plannedEndOn: next.plannedEndOn !== undefined ? next.plannedEndOn : work.planned_end_on,
      actualStartOn: next.actualStartOn !== undefined ? next.actualStartOn : work.actual_start_on,
      actualEndOn: next.actualEndOn !== undefined ? next.actualEndOn : work.actual_end_on,
    };
    this.checkConsistency(merged);
    if (next.parentId) await this.checkParent(manager, id, next.parentId, territory);
    const columns = FIELD_COLUMNS.filter(([key]) => next[key] !== undefined && key !== 'territoryId');
    await manager.query(
      `UPDATE works SET territory_id = $2, place = $3::jsonb, updated_at = now()${columns.map(([, c], i) => `, ${c} = $${i + 4}`).join('')} WHERE id = $1`,
      [id, territory.id, place ? JSON.stringify(place) : null, ...columns.map(([key]) => next[key] ?? null)],
    );
    const statusChanged = next.status !== undefined && next.status !== work.status;
    const progressChanged = next.progress !== undefined && next.progress !== work.progress;
    const entryIds: string[] = [];
    if (statusChanged || progressChanged) {
      const status = merged.status;
      const text = statusChanged ? statusEntryText(status, merged.statusReason) : `Avancement : ${next.progress} %.`;
      entryIds.push(await this.insertEntry(manager, actorId, id, text, { status: statusChanged ? status : null, progress: next.progress ?? null }));
    }
    const before = Object.fromEntries(columns.map(([key, column]) => [key, (work as unknown as Record<string, unknown>)[column]]));
    await this.audit.record({ actorId, action: 'work.update', objectType: 'work', objectId: id, territoryId: territory.id, before, after: { ...next, place } }, manager);
    await this.announceLive(manager, { ...work, territory_id: territory.id }, statusChanged ? 'status' : 'updated', { status: merged.status, progress: next.progress ?? work.progress });
    return { workId: id, entryIds };
  }

  async lock(manager: EntityManager, id: string): Promise<WorkRow> {
    if (!isUuid(id)) throw workErrors.workNotFound();
    await manager.query(`SELECT 1 FROM works WHERE id = $1 FOR UPDATE`, [id]);
    return this.query.row(id, manager);
  }

  private async insertEntry(
    manager: EntityManager,
    actorId: string | null,
    workId: string,
    text: string,
    extra: { occurredOn?: string; status?: string | null; progress?: number | null; notifyFollowers?: boolean },
  ): Promise<string> {
    const [entry]: Array<{ id: string }> = await manager.query(
      `INSERT INTO work_timeline_entries (work_id, occurred_on, text, status, progress, created_by) VALUES ($1, coalesce($2::date, current_date), $3, $4, $5, $6) RETURNING id`,
      [workId, extra.occurredOn ?? null, text, extra.status ?? null, extra.progress ?? null, actorId],
    );
    // A new work's first entry tells no one: its only followers then are the voters of a funded
    // project (derived from the register), and a publication must not queue a mail per voter per
    // project inside its transaction; they hear from the first real update.
    if (extra.notifyFollowers !== false) await this.follows.queue(manager, workId, entry.id);
    return entry.id;
  }

  private checkConsistency(values: { status?: string; statusReason?: string | null; plannedStartOn?: string | null; plannedEndOn?: string | null; actualStartOn?: string | null; actualEndOn?: string | null }): void {
    if (values.status === 'abandonne' && !values.statusReason?.trim()) throw workErrors.reasonRequired();
    if (values.plannedStartOn && values.plannedEndOn && values.plannedEndOn < values.plannedStartOn) throw workErrors.datesInOrder({ fr: 'prévue', en: 'planned' });
    if (values.actualStartOn && values.actualEndOn && values.actualEndOn < values.actualStartOn) throw workErrors.datesInOrder({ fr: 'réelle', en: 'actual' });
  }

  /** The parent is a work of the same commune, and not the work itself or one of its descendants. */
  private async checkParent(manager: EntityManager, workId: string | null, parentId: string, territory: WorkTerritory): Promise<void> {
    const [row]: Array<{ commune_id: string; cycle: boolean }> = await manager.query(
      `WITH RECURSIVE up AS (
         SELECT id, parent_id, 0 AS depth FROM works WHERE id = $1
         UNION ALL SELECT w.id, w.parent_id, u.depth + 1 FROM works w JOIN up u ON w.id = u.parent_id WHERE u.depth < 50
       )
       SELECT w.commune_id, EXISTS (SELECT 1 FROM up WHERE id = $2::uuid) AS cycle FROM works w WHERE w.id = $1`,
      [parentId, workId],
    );
    if (!row || row.cycle || row.commune_id !== territory.communeId) throw workErrors.badParent();
  }

  private async announceLive(manager: EntityManager, work: Pick<WorkRow, 'id' | 'territory_id' | 'commune_id' | 'status'>, change: WorkLiveEvent['change'], values: { status?: WorkLiveEvent['status']; progress: number }): Promise<void> {
    await this.publish(manager, { id: work.territory_id, communeId: work.commune_id }, { workId: work.id, change, status: values.status ?? work.status, progress: values.progress });
  }

  private async publish(manager: EntityManager, territory: { id: string; communeId: string }, event: WorkLiveEvent): Promise<void> {
    await this.live.publish(worksTopic(territory.communeId), event, manager);
    if (territory.id !== territory.communeId) await this.live.publish(worksTopic(territory.id), event, manager);
  }
}
