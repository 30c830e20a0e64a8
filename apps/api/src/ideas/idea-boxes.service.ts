import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type {
  CreateIdeaBoxRequest,
  IdeaAnswerFilter,
  IdeaBoxDetail,
  IdeaBoxSummary,
  ProcessPhase,
  UpdateIdeaBoxRequest,
} from '@agora/contracts';

import { accessErrors } from '../access/access.errors';
import { RoleService } from '../access/role.service';
import { AuditService } from '../audit/audit.service';
import { ProcessPhaseEntity } from '../processes/process-phase.entity';
import { ProcessEntity } from '../processes/process.entity';
import { processErrors } from '../processes/process.errors';
import { processAuditSnapshot } from '../processes/process.mapper';
import { PROCESS_OWNERS, PROCESS_TEAM, ProcessesService } from '../processes/processes.service';
import { sanitizeRichText } from '../processes/rich-text.rule';
import { ideaErrors } from './idea.errors';

interface IdeaBoxRow {
  id: string;
  slug: string;
  title: string;
  theme: string;
  summary: string;
  description_html: string;
  territory_id: string;
  territory_name: string;
  phase: ProcessPhase;
  categories: string[];
  opens_at: Date | null;
  closes_at: Date | null;
  ideas_count: number;
  answered_count: number;
}

const IDEA_BOX_SELECT = `
  SELECT pr.id, pr.slug, pr.title, ib.theme, pr.summary, pr.description_html, pr.territory_id, t.name AS territory_name,
         pr.phase, ib.categories,
         (SELECT starts_at FROM process_phases WHERE process_id = pr.id AND phase = 'proposals') AS opens_at,
         (SELECT ends_at FROM process_phases WHERE process_id = pr.id AND phase = 'proposals') AS closes_at,
         (SELECT count(*)::int FROM proposals p WHERE p.process_id = pr.id AND ${publicIdea('p')}) AS ideas_count,
         (SELECT count(*)::int FROM proposals p WHERE p.process_id = pr.id AND ${publicIdea('p')} AND p.answer IS NOT NULL) AS answered_count
  FROM processes pr JOIN idea_boxes ib ON ib.process_id = pr.id JOIN territories t ON t.id = pr.territory_id`;

/** The SQL condition of an idea everyone may see (not a draft, not withdrawn or merged away, not hidden). */
export function publicIdea(alias: string): string {
  return `${alias}.hidden_at IS NULL AND ${alias}.status NOT IN ('draft', 'withdrawn', 'merged')`;
}

const UNIQUE_VIOLATION = '23505';

/**
 * Idea boxes: a process of kind `ideas` with its theme and categories. Opening one creates the process,
 * its dates (the proposals phase, then follow-up while answers go on) and the idea box in one
 * transaction, audited; a box whose opening date has come opens at once.
 */
@Injectable()
export class IdeaBoxesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly processes: ProcessesService,
    private readonly audit: AuditService,
    private readonly roles: RoleService,
  ) {}

  async list(territoryId?: string): Promise<IdeaBoxSummary[]> {
    const rows: IdeaBoxRow[] = await this.dataSource.query(
      `${IDEA_BOX_SELECT} WHERE pr.phase <> 'draft' AND ($1::uuid IS NULL OR pr.territory_id = $1)
       ORDER BY (pr.phase = 'proposals') DESC, pr.created_at DESC, pr.id`,
      [territoryId ?? null],
    );
    return rows.map(toSummary);
  }

  /** By id or slug; a draft box only for the process's team. */
  async detail(idOrSlug: string, viewerId: string | null): Promise<IdeaBoxDetail> {
    const process = await this.findVisible(idOrSlug, viewerId);
    const [row]: IdeaBoxRow[] = await this.dataSource.query(`${IDEA_BOX_SELECT} WHERE pr.id = $1`, [process.id]);
    const counts: Array<{ answer: IdeaAnswerFilter; n: number }> = await this.dataSource.query(
      `SELECT coalesce(p.answer, 'none') AS answer, count(*)::int AS n FROM proposals p
       WHERE p.process_id = $1 AND ${publicIdea('p')} GROUP BY 1`,
      [process.id],
    );
    const quartiers: IdeaBoxDetail['quartiers'] = await this.dataSource.query(
      `SELECT id, name, boundary FROM territories WHERE parent_id = $1 AND kind = 'quartier' ORDER BY name, id`,
      [process.territoryId],
    );
    const answers: Record<IdeaAnswerFilter, number> = { retained: 0, studied: 0, notRetained: 0, none: 0 };
    for (const c of counts) answers[c.answer] = c.n;
    return { ...toSummary(row), descriptionHtml: row.description_html, answers, quartiers };
  }

  /** The idea box's process, visible to the viewer (404 otherwise, and for a process of another kind). */
  async findVisible(idOrSlug: string, viewerId: string | null): Promise<ProcessEntity> {
    const process = await this.processes.find(idOrSlug).catch(() => {
      throw ideaErrors.ideaBoxNotFound();
    });
    if (process.kind !== 'ideas') throw ideaErrors.ideaBoxNotFound();
    if (process.phase === 'draft' && !(viewerId && (await this.isTeam(viewerId, process.territoryId))))
      throw ideaErrors.ideaBoxNotFound();
    return process;
  }

  async create(actorId: string, body: CreateIdeaBoxRequest, now = new Date()): Promise<IdeaBoxDetail> {
    const opensAt = new Date(body.opensAt);
    const closesAt = new Date(body.closesAt);
    if (closesAt.getTime() <= opensAt.getTime()) throw ideaErrors.datesOrder();
    if (closesAt.getTime() <= now.getTime()) throw ideaErrors.closesInPast();
    const categories = cleanCategories(body.categories);
    const id = await this.dataSource.transaction(async (manager) => {
      const [territory]: Array<{ kind: string }> = await manager.query(`SELECT kind FROM territories WHERE id = $1`, [
        body.territoryId,
      ]);
      if (!territory) throw accessErrors.territoryNotFound();
      if (territory.kind === 'quartier') throw processErrors.wrongTerritoryKind();
      const process = manager.create(ProcessEntity, {
        territoryId: body.territoryId,
        kind: 'ideas',
        slug: body.slug,
        title: body.title.trim(),
        summary: body.summary?.trim() ?? '',
        descriptionHtml: sanitizeRichText(body.descriptionHtml ?? ''),
        imagePath: null,
        phase: opensAt.getTime() <= now.getTime() ? 'proposals' : 'draft',
        createdBy: actorId,
      });
      await this.saveUniqueSlug(manager, process);
      await manager.insert(ProcessPhaseEntity, [
        { processId: process.id, phase: 'proposals', startsAt: opensAt, endsAt: closesAt },
        { processId: process.id, phase: 'follow_up', startsAt: closesAt, endsAt: null },
      ]);
      await manager.query(`INSERT INTO idea_boxes (process_id, theme, categories) VALUES ($1, $2, $3)`, [
        process.id,
        body.theme.trim(),
        categories,
      ]);
      await this.audit.record(
        {
          actorId,
          action: 'ideaBox.create',
          objectType: 'process',
          objectId: process.id,
          territoryId: process.territoryId,
          after: { ...processAuditSnapshot(process), theme: body.theme.trim(), categories, opensAt, closesAt },
        },
        manager,
      );
      return process.id;
    });
    return this.detail(id, actorId);
  }

  async update(actorId: string, id: string, body: UpdateIdeaBoxRequest): Promise<IdeaBoxDetail> {
    await this.dataSource.transaction(async (manager) => {
      const process = await this.processes.find(id, manager, true).catch(() => {
        throw ideaErrors.ideaBoxNotFound();
      });
      if (process.kind !== 'ideas') throw ideaErrors.ideaBoxNotFound();
      await this.processes.requireRole(actorId, PROCESS_OWNERS, process, manager);
      const [before]: Array<{ theme: string; categories: string[] }> = await manager.query(
        `SELECT theme, categories FROM idea_boxes WHERE process_id = $1 FOR UPDATE`,
        [process.id],
      );
      const theme = body.theme?.trim() ?? before.theme;
      const categories = body.categories ? cleanCategories(body.categories) : before.categories;
      await manager.query(
        `UPDATE idea_boxes SET theme = $2, categories = $3, updated_at = now() WHERE process_id = $1`,
        [process.id, theme, categories],
      );
      await this.audit.record(
        {
          actorId,
          action: 'ideaBox.update',
          objectType: 'process',
          objectId: process.id,
          territoryId: process.territoryId,
          before,
          after: { theme, categories },
        },
        manager,
      );
    });
    return this.detail(id, actorId);
  }

  private isTeam(accountId: string, territoryId: string): Promise<boolean> {
    return this.roles.hasRole(accountId, PROCESS_TEAM, territoryId);
  }

  private async saveUniqueSlug(manager: EntityManager, process: ProcessEntity): Promise<void> {
    // A savepoint, so that a taken slug becomes a clear 409 without aborting the transaction.
    await manager.query('SAVEPOINT idea_box_slug');
    try {
      await manager.save(process);
    } catch (error) {
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      await manager.query('ROLLBACK TO SAVEPOINT idea_box_slug');
      throw processErrors.slugTaken(process.slug);
    }
  }
}

/** Trimmed, non-blank categories (duplicates are refused by the request's validation). */
function cleanCategories(categories: readonly string[]): string[] {
  const clean = categories.map((c) => c.trim());
  if (clean.some((c) => c.length === 0)) throw ideaErrors.blankCategory();
  return clean;
}

function toSummary(row: IdeaBoxRow): IdeaBoxSummary {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    theme: row.theme,
    summary: row.summary,
    territoryId: row.territory_id,
    territoryName: row.territory_name,
    phase: row.phase,
    categories: row.categories,
    opensAt: row.opens_at?.toISOString() ?? null,
    closesAt: row.closes_at?.toISOString() ?? null,
    ideasCount: row.ideas_count,
    answeredCount: row.answered_count,
  };
}
