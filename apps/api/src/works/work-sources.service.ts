import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type { WorkCategory, WorkDetail, WorkFromIdeaRequest, WorkPlace } from '@agora/contracts';
import { WORK_CATEGORIES } from '@agora/contracts';

import { isUuid } from '../access/id.rule';
import { DomainError } from '../errors/domain.error';
import { IdeaConversionService } from '../ideas/idea-conversion.service';
import { IdeaImagesCopier } from '../ideas/idea-images.copier';
import { WorkFollowService } from './work-follow.service';
import { WorkQueryService } from './work-query.service';
import { WorkTerritoryService } from './work-territory.service';
import { workErrors } from './work.errors';
import { WorksService } from './works.service';

/** A free-text category ("Espaces verts", "éclairage") read as one of the works' categories, else `autre`. */
export function workCategoryOf(text: string | null | undefined): WorkCategory {
  const key = (text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[\s-]+/g, '_');
  return (WORK_CATEGORIES as readonly string[]).includes(key) ? (key as WorkCategory) : 'autre';
}

const plainText = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();

interface FundedProject {
  id: string;
  budget_id: string;
  proposal_id: string | null;
  title: string;
  description: string;
  cost_cents: string;
  territory_id: string;
  lat: number | null;
  lng: number | null;
  category: string | null;
}

/**
 * Works that come from elsewhere: a retained idea that staff turn into a planned work, and every
 * funded project of a budget participatif once its results are published.
 */
@Injectable()
export class WorkSourcesService {
  private readonly logger = new Logger('WorkSourcesService');

  constructor(
    private readonly dataSource: DataSource,
    private readonly works: WorksService,
    private readonly territories: WorkTerritoryService,
    private readonly follows: WorkFollowService,
    private readonly query: WorkQueryService,
    private readonly ideas: IdeaConversionService,
    private readonly images: IdeaImagesCopier,
  ) {}

  /**
   * An idea of an idea box becomes a planned work (à l'étude), recorded as converted by the ideas
   * module in the same transaction, its images copied as « before » photos of the first timeline
   * entry; the idea's author follows the work from then on.
   */
  async fromIdea(actorId: string, body: WorkFromIdeaRequest): Promise<WorkDetail> {
    const copied: string[] = [];
    const { workId, entryIds, announce } = await this.dataSource.transaction(async (manager) => {
      const [idea]: Array<{ id: string; kind: string; process_id: string; author_id: string | null; title: string; description: string; description_format: string; territory_id: string; lat: number | null; lng: number | null; category: string | null; estimated_cost_cents: string | null }> =
        isUuid(body.proposalId)
          ? await manager.query(
              `SELECT p.id, pr.kind, p.process_id, p.author_id, p.title, p.description, p.description_format, p.territory_id, p.lat, p.lng, p.category, p.estimated_cost_cents
               FROM proposals p JOIN processes pr ON pr.id = p.process_id WHERE p.id = $1 FOR UPDATE OF p`,
              [body.proposalId],
            )
          : [];
      if (!idea) throw workErrors.ideaNotFound();
      if (idea.kind !== 'ideas') throw workErrors.notAnIdea();
      const [done] = await manager.query(`SELECT 1 FROM works WHERE source = 'idea' AND source_proposal_id = $1`, [idea.id]);
      if (done) throw workErrors.alreadyConverted();
      const territoryId = body.territoryId ?? idea.territory_id;
      await this.territories.assertStaff(actorId, territoryId, manager);
      const territory = await this.territories.resolve(territoryId, manager);
      const write = await this.works.insert(
        manager,
        actorId,
        {
          territoryId,
          title: idea.title,
          description: idea.description_format === 'html' ? plainText(idea.description) : idea.description,
          category: body.category ?? workCategoryOf(idea.category),
          status: 'a_l_etude',
          estimatedCostCents: body.estimatedCostCents !== undefined ? body.estimatedCostCents : idea.estimated_cost_cents === null ? null : Number(idea.estimated_cost_cents),
          place: this.pointIfInside(idea.lat, idea.lng, territory),
        },
        { kind: 'idea', proposalId: idea.id, processId: idea.process_id },
      );
      // The idea's pictures show the place as residents saw it: the « before » photos of the work's first entry.
      for (const image of await this.images.copy(manager, idea.id, 'works', copied)) {
        await manager.query(
          `INSERT INTO work_photos (entry_id, kind, alt, storage_key, content_type, size_bytes) VALUES ($1, 'before', $2, $3, $4, $5)`,
          [write.entryIds[0], image.alt.trim() || `Photo jointe à l’idée « ${idea.title} »`.slice(0, 300), image.key, image.contentType, image.sizeBytes],
        );
      }
      const recorded = await this.ideas.recordWork(idea.id, write.workId, actorId, manager);
      if (idea.author_id) {
        await manager.query(`INSERT INTO work_follows (work_id, account_id, following, automatic) VALUES ($1, $2, true, true) ON CONFLICT DO NOTHING`, [write.workId, idea.author_id]);
      }
      return { ...write, announce: recorded.announce };
    }).catch(async (error: unknown) => {
      await this.images.discard(copied);
      throw error;
    });
    await announce();
    await this.follows.announce(entryIds);
    return this.query.detail(workId, actorId);
  }

  /**
   * Called in the budget publication's transaction: every funded project of every envelope of the
   * process becomes a scheduled work. The voters of that envelope follow them without a row being
   * written per voter (see work-followers.query.ts; all funded projects because the register knows
   * who voted, never for what). A project that cannot be
   * placed in a commune or quartier is skipped, never a reason to fail the publication.
   */
  async fromPublishedBudget(manager: EntityManager, processId: string, actorId: string | null): Promise<string[]> {
    const projects: FundedProject[] = await manager.query(
      `SELECT bp.id, bp.budget_id, bp.proposal_id, bp.title, bp.description, bp.cost_cents, coalesce(bp.quartier_id, b.territory_id) AS territory_id, bp.lat, bp.lng, bp.category
       FROM budgets b JOIN budget_results r ON r.budget_id = b.id
       JOIN ballot_projects bp ON bp.budget_id = b.id AND r.outcome->'selected' ? bp.id::text
       WHERE b.process_id = $1 AND NOT EXISTS (SELECT 1 FROM works w WHERE w.source_ballot_project_id = bp.id)
       ORDER BY b.position, bp.position, bp.id`,
      [processId],
    );
    const byBudget = new Map<string, string[]>();
    for (const project of projects) {
      await manager.query('SAVEPOINT funded_work');
      try {
        const territory = await this.territories.resolve(project.territory_id, manager);
        const write = await this.works.insert(
          manager,
          actorId,
          {
            territoryId: territory.id,
            title: project.title,
            description: project.description,
            category: workCategoryOf(project.category),
            status: 'programme',
            estimatedCostCents: Number(project.cost_cents),
            place: this.pointIfInside(project.lat, project.lng, territory),
          },
          { kind: 'budget_project', ballotProjectId: project.id, proposalId: project.proposal_id, processId },
        );
        await manager.query('RELEASE SAVEPOINT funded_work');
        byBudget.set(project.budget_id, [...(byBudget.get(project.budget_id) ?? []), write.workId]);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        await manager.query('ROLLBACK TO SAVEPOINT funded_work');
        this.logger.warn(`Funded project ${project.id} not turned into a work: ${error.code}`);
      }
    }
    return [...byBudget.values()].flat();
  }

  private pointIfInside(lat: number | null, lng: number | null, territory: Parameters<WorkTerritoryService['place']>[1]): WorkPlace | null {
    if (lat === null || lng === null) return null;
    try {
      return this.territories.place({ type: 'Point', coordinates: [lng, lat] }, territory);
    } catch {
      return null;
    }
  }
}
