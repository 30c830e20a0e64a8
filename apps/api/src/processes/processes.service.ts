import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';

import type {
  CreateProcessRequest,
  ManagedProcess,
  PhaseWindowInput,
  ProcessDetail,
  ProcessKind,
  ProcessPhase,
  ProcessSummary,
  RoleName,
  UpdateProcessRequest,
} from '@agora/contracts';

import { accessErrors } from '../access/access.errors';
import { isUuid } from '../access/id.rule';
import { RoleService } from '../access/role.service';
import { AuditService } from '../audit/audit.service';
import { preparedQuery } from '../database/prepared-statement.query';
import { FILE_STORAGE } from '../uploads/file-storage';
import type { FileStorage } from '../uploads/file-storage';
import { storedImageKey } from './process-image.rule';
import { phaseDueAt, scheduleProblem, ScheduleWindow } from './phase.rule';
import { ProcessPhaseEntity } from './process-phase.entity';
import { ProcessEntity } from './process.entity';
import { processErrors } from './process.errors';
import { PROCESS_COLUMNS, processAuditSnapshot, processFromRow, ProcessRow, toManagedProcess, toProcessDetail, toProcessSummary } from './process.mapper';
import { sanitizeRichText } from './rich-text.rule';

const UNIQUE_VIOLATION = '23505';
/** Who runs a process: officials launch it, admins too; staff help (assessment, counter, results). */
export const PROCESS_OWNERS: RoleName[] = ['official', 'admin'];
export const PROCESS_TEAM: RoleName[] = ['staff', 'official', 'admin'];

/** Démarches participatives: creating and editing them (audited), their phases, their public pages. */
@Injectable()
export class ProcessesService {
  private readonly logger = new Logger('ProcessesService');

  constructor(
    private readonly dataSource: DataSource,
    private readonly roles: RoleService,
    private readonly audit: AuditService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  /** By id or slug; unknown → 404. */
  async find(idOrSlug: string, manager?: EntityManager, lock = false): Promise<ProcessEntity> {
    const byId = isUuid(idOrSlug);
    const value = byId ? idOrSlug.toLowerCase() : idOrSlug;
    const text = `SELECT ${PROCESS_COLUMNS} FROM processes p WHERE ${byId ? 'p.id = $1::uuid' : 'p.slug = $1'}${lock ? ' FOR UPDATE' : ''}`;
    // Plain SQL rather than TypeORM's query builder: most requests about a process start here.
    const [row]: ProcessRow[] =
      manager && manager.queryRunner
        ? await manager.query(text, [value])
        : await preparedQuery<ProcessRow>(this.dataSource, `process-by-${byId ? 'id' : 'slug'}${lock ? '-locked' : ''}`, text, [value]);
    if (!row) throw processErrors.notFound();
    return processFromRow(row);
  }

  /** Refuses (403) unless the account holds one of the roles on the process's territory or above. */
  async requireRole(accountId: string, roles: readonly RoleName[], process: Pick<ProcessEntity, 'territoryId'>, manager?: EntityManager): Promise<void> {
    if (!(await this.roles.hasRole(accountId, roles, process.territoryId, manager))) throw accessErrors.forbidden();
  }

  /** Drafts are visible to the process's team only; anyone else gets the same 404 as for nothing. */
  async findVisible(idOrSlug: string, viewerId: string | null): Promise<ProcessEntity> {
    const process = await this.find(idOrSlug);
    await this.assertVisible(process, viewerId);
    return process;
  }

  /** As {@link findVisible}, for a process already read. */
  async assertVisible(process: Pick<ProcessEntity, 'phase' | 'territoryId'>, viewerId: string | null): Promise<void> {
    if (process.phase === 'draft' && !(viewerId && (await this.roles.hasRole(viewerId, PROCESS_TEAM, process.territoryId)))) {
      throw processErrors.notFound();
    }
  }

  async list(territoryId?: string): Promise<ProcessSummary[]> {
    const rows: Array<{ id: string; territory_name: string }> = await this.dataSource.query(
      `SELECT p.id, t.name AS territory_name FROM processes p JOIN territories t ON t.id = p.territory_id
       WHERE p.phase <> 'draft' AND ($1::uuid IS NULL OR p.territory_id = $1) ORDER BY p.created_at DESC`,
      [territoryId ?? null],
    );
    const names = new Map(rows.map((row) => [row.id, row.territory_name]));
    const processes = rows.length ? await this.dataSource.manager.find(ProcessEntity, { where: rows.map((row) => ({ id: row.id })) }) : [];
    return processes
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
      .map((process) => toProcessSummary(process, names.get(process.id) ?? ''));
  }

  /**
   * The processes the account runs from the back office (drafts included): those of a territory where
   * it holds a team role, on the territory or above it. `official` when it may edit them.
   */
  async managed(accountId: string, kind?: ProcessKind): Promise<ManagedProcess[]> {
    const rows: Array<{ id: string; territory_name: string; roles: RoleName[] }> = await this.dataSource.query(
      `SELECT p.id, t.name AS territory_name, held.roles
       FROM processes p
       JOIN territories t ON t.id = p.territory_id
       CROSS JOIN LATERAL (
         WITH RECURSIVE chain AS (
           SELECT c.id, c.parent_id FROM territories c WHERE c.id = p.territory_id
           UNION SELECT up.id, up.parent_id FROM territories up JOIN chain ON up.id = chain.parent_id
         )
         SELECT array_agg(DISTINCT ra.role) AS roles FROM role_assignments ra JOIN chain ON ra.territory_id = chain.id
         WHERE ra.account_id = $1 AND ra.role = ANY($2::text[])
       ) held
       WHERE held.roles IS NOT NULL AND ($3::text IS NULL OR p.kind = $3)
       ORDER BY p.updated_at DESC, p.id`,
      [accountId, PROCESS_TEAM, kind ?? null],
    );
    if (!rows.length) return [];
    const ids = rows.map((row) => row.id);
    const [processes, phases] = await Promise.all([
      this.dataSource.manager.find(ProcessEntity, { where: { id: In(ids) } }),
      this.dataSource.manager.find(ProcessPhaseEntity, { where: { processId: In(ids) } }),
    ]);
    const byId = new Map(processes.map((process) => [process.id, process]));
    return rows.map((row) => {
      const process = byId.get(row.id)!;
      const owner = row.roles.some((role) => PROCESS_OWNERS.includes(role));
      return toManagedProcess(process, row.territory_name, owner ? 'official' : 'staff', phases.filter((window) => window.processId === process.id));
    });
  }

  async detail(process: ProcessEntity, manager: EntityManager = this.dataSource.manager): Promise<ProcessDetail> {
    const [territory]: Array<{ name: string }> = await manager.query(`SELECT name FROM territories WHERE id = $1`, [process.territoryId]);
    const phases = await manager.find(ProcessPhaseEntity, { where: { processId: process.id } });
    return toProcessDetail(process, territory?.name ?? '', phases);
  }

  async create(actorId: string, body: CreateProcessRequest): Promise<ProcessDetail> {
    return this.dataSource.transaction(async (manager) => {
      const [territory]: Array<{ kind: string }> = await manager.query(`SELECT kind FROM territories WHERE id = $1`, [body.territoryId]);
      if (!territory) throw accessErrors.territoryNotFound();
      if (territory.kind === 'quartier') throw processErrors.wrongTerritoryKind();
      const schedule = body.schedule ? checkedSchedule(body.schedule) : [];
      const process = manager.create(ProcessEntity, {
        territoryId: body.territoryId,
        kind: body.kind,
        slug: body.slug,
        title: body.title.trim(),
        summary: body.summary?.trim() ?? '',
        descriptionHtml: sanitizeRichText(body.descriptionHtml ?? ''),
        // The image comes afterwards, uploaded to the process (POST /api/processes/:id/image).
        imagePath: checkedImagePath(body.imagePath, null),
        phase: 'draft',
        createdBy: actorId,
      });
      await this.saveUniqueSlug(manager, process);
      await this.replaceSchedule(manager, process.id, schedule);
      await this.audit.record(
        { actorId, action: 'process.create', objectType: 'process', objectId: process.id, territoryId: process.territoryId, after: { ...processAuditSnapshot(process), schedule: body.schedule ?? [] } },
        manager,
      );
      return this.detail(process, manager);
    });
  }

  async update(actorId: string, id: string, body: UpdateProcessRequest): Promise<ProcessDetail> {
    let dropped: string | null = null;
    const detail = await this.dataSource.transaction(async (manager) => {
      const process = await this.find(id, manager, true);
      await this.requireRole(actorId, PROCESS_OWNERS, process, manager);
      const before = processAuditSnapshot(process);
      // An image removed here leaves its file behind until the change is committed (removed below).
      if (body.imagePath === null) dropped = storedImageKey(process.id, process.imagePath);
      if (body.title !== undefined) process.title = body.title.trim();
      if (body.summary !== undefined) process.summary = body.summary.trim();
      if (body.descriptionHtml !== undefined) process.descriptionHtml = sanitizeRichText(body.descriptionHtml);
      if (body.imagePath !== undefined) process.imagePath = checkedImagePath(body.imagePath, process.imagePath);
      process.updatedAt = new Date();
      await manager.save(process);
      if (body.schedule) await this.replaceSchedule(manager, process.id, checkedSchedule(body.schedule));
      await this.audit.record(
        { actorId, action: 'process.update', objectType: 'process', objectId: process.id, territoryId: process.territoryId, before, after: { ...processAuditSnapshot(process), ...(body.schedule ? { schedule: body.schedule } : {}) } },
        manager,
      );
      return this.detail(process, manager);
    });
    if (dropped) {
      const key: string = dropped;
      await this.storage.delete(key).catch(() => this.logger.warn(`Orphan upload left: ${key}`));
    }
    return detail;
  }

  /** By hand: any phase, forwards or back (a vote reopened after an incident), audited. */
  async changePhase(actorId: string, id: string, phase: ProcessPhase): Promise<ProcessDetail> {
    return this.dataSource.transaction(async (manager) => {
      const process = await this.find(id, manager, true);
      await this.requireRole(actorId, PROCESS_OWNERS, process, manager);
      if (process.phase === phase) throw processErrors.samePhase();
      await this.movePhase(manager, process, phase, actorId);
      return this.detail(process, manager);
    });
  }

  /** The scheduler's job: moves every process whose next phase has opened (audited, no actor). */
  async advanceByDate(manager: EntityManager, now: Date): Promise<number> {
    const rows: Array<{ process_id: string }> = await manager.query(
      `SELECT DISTINCT pp.process_id FROM process_phases pp JOIN processes p ON p.id = pp.process_id
       WHERE pp.starts_at <= $1 AND p.phase <> 'closed'`,
      [now],
    );
    let moved = 0;
    for (const { process_id } of rows) {
      const process = await this.find(process_id, manager, true);
      const phases = await manager.find(ProcessPhaseEntity, { where: { processId: process.id } });
      const due = phaseDueAt(process.phase, phases, now);
      if (!due) continue;
      await this.movePhase(manager, process, due, null);
      moved++;
    }
    return moved;
  }

  /** Within the caller's transaction, the process row locked (FOR UPDATE) by the caller. */
  async movePhase(manager: EntityManager, process: ProcessEntity, phase: ProcessPhase, actorId: string | null): Promise<void> {
    const before = process.phase;
    await manager.update(ProcessEntity, { id: process.id }, { phase, updatedAt: () => 'now()' });
    process.phase = phase;
    await this.audit.record(
      { actorId, action: 'process.phase', objectType: 'process', objectId: process.id, territoryId: process.territoryId, before: { phase: before }, after: { phase, by: actorId ? 'hand' : 'schedule' } },
      manager,
    );
  }

  private async saveUniqueSlug(manager: EntityManager, process: ProcessEntity): Promise<void> {
    // A savepoint, so that a taken slug becomes a clear 409 without aborting the whole transaction.
    await manager.query('SAVEPOINT process_slug');
    try {
      await manager.save(process);
    } catch (error) {
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      await manager.query('ROLLBACK TO SAVEPOINT process_slug');
      throw processErrors.slugTaken(process.slug);
    }
  }

  private async replaceSchedule(manager: EntityManager, processId: string, schedule: ScheduleWindow[]): Promise<void> {
    await manager.delete(ProcessPhaseEntity, { processId });
    if (schedule.length) await manager.insert(ProcessPhaseEntity, schedule.map((window) => ({ processId, ...window })));
  }
}

/** An image path may only be kept or removed here: a new image is uploaded, never linked. */
function checkedImagePath(requested: string | null | undefined, current: string | null): string | null {
  if (requested === undefined || requested === null) return requested === undefined ? current : null;
  if (requested !== current) throw processErrors.imagePathNotUploaded();
  return current;
}

function checkedSchedule(input: PhaseWindowInput[]): ScheduleWindow[] {
  const schedule = input.map((window) => ({
    phase: window.phase,
    startsAt: new Date(window.startsAt),
    endsAt: window.endsAt ? new Date(window.endsAt) : null,
  }));
  const problem = scheduleProblem(schedule);
  if (problem === 'order') throw processErrors.scheduleOrder();
  if (problem) throw processErrors.scheduleDuplicate(problem.duplicate);
  return schedule;
}
