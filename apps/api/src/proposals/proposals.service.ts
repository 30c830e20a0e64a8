import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type {
  CreateProposalRequest,
  ProposalDescriptionFormat,
  ProposalDetail,
  UpdateProposalRequest,
} from '@agora/contracts';

import { RateLimitService } from '../rate-limit/rate-limit.service';
import { cleanDescription, plainTextOf } from './proposal-description.rule';
import { ProposalLivePublisher } from './proposal-live.publisher';
import { allowedKinds, isProposalsPhase, withdrawalOpen } from './proposal-phase.rule';
import { ProposalPlaceService } from './proposal-place.service';
import { ProposalQueryService } from './proposal-query.service';
import { LockedProposal, ProcessRef, ProposalRepository } from './proposal.repository';
import { proposalErrors } from './proposal.errors';
import { PROPOSAL_RATE_LIMITS } from './proposal.rate-limits';

/** A feasible proposal as the budgets module needs it to draw up a ballot project. */
export interface FeasibleProposal {
  id: string;
  title: string;
  description: string;
  descriptionFormat: ProposalDescriptionFormat;
  territoryId: string;
  category: string | null;
  finalCostCents: number | null;
  lat: number | null;
  lng: number | null;
  address: string | null;
}

/**
 * A resident's own proposals (submit, edit, publish, withdraw), and the calls other modules make:
 * the budgets module turns feasible proposals into ballot projects through `feasibleProposals`,
 * `markOnBallot` and `removeFromBallot`, inside its own transaction.
 */
@Injectable()
export class ProposalsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ProposalRepository,
    private readonly place: ProposalPlaceService,
    private readonly query: ProposalQueryService,
    private readonly limits: RateLimitService,
    private readonly live: ProposalLivePublisher,
  ) {}

  async create(processId: string, authorId: string, body: CreateProposalRequest): Promise<ProposalDetail> {
    await this.limits.consume(PROPOSAL_RATE_LIMITS.submitPerAccount, authorId);
    const id = await this.dataSource.transaction(async (manager) => {
      const process = await this.repository.process(processId, manager);
      const kinds = allowedKinds(process.kind);
      if (kinds.length === 0) throw proposalErrors.noProposalsInProcess();
      if (!isProposalsPhase(process.phase)) throw proposalErrors.notProposalsPhase();
      if (!kinds.includes(body.kind)) throw proposalErrors.kindNotAllowed(kinds.join(', '));
      this.checkShopType(body.kind, body.shopType ?? null);
      const category = await this.categoryOf(processId, body.category, manager);
      const format = body.descriptionFormat ?? 'text';
      const description = this.description(body.description, format);
      const { territoryId } = await this.place.resolve(
        process,
        { quartierId: body.quartierId?.toLowerCase() ?? null, lat: body.lat ?? null, lng: body.lng ?? null },
        manager,
      );
      const published = !body.draft;
      const [row]: Array<{ id: string }> = await manager.query(
        `INSERT INTO proposals (process_id, author_id, territory_id, kind, shop_type, title, description, description_format,
                                category, estimated_cost_cents, lat, lng, address, status, published_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, CASE WHEN $15::boolean THEN now() END)
         RETURNING id`,
        [
          processId,
          authorId,
          territoryId,
          body.kind,
          body.shopType ?? null,
          body.title.trim(),
          description,
          format,
          category ?? null,
          body.estimatedCostCents ?? null,
          body.lat ?? null,
          body.lng ?? null,
          body.address?.trim() ?? null,
          published ? 'published' : 'draft',
          published,
        ],
      );
      if (published) await this.live.publish(processId, { proposalId: row.id, change: 'status' }, manager);
      return row.id;
    });
    return this.query.detail(id, authorId);
  }

  async update(proposalId: string, authorId: string, body: UpdateProposalRequest): Promise<ProposalDetail> {
    await this.dataSource.transaction(async (manager) => {
      const proposal = await this.lockOwn(proposalId, authorId, manager);
      if (!isProposalsPhase(proposal.process.phase)) throw proposalErrors.notProposalsPhase();
      if (proposal.status !== 'draft' && proposal.status !== 'published') throw proposalErrors.notEditable();
      const [current]: Array<{
        description: string;
        description_format: ProposalDescriptionFormat;
        address: string | null;
      }> = await manager.query(
        `SELECT description, description_format, address FROM proposals WHERE id = $1`,
        [proposalId],
      );
      const shopType = body.shopType === undefined ? proposal.shopType : body.shopType;
      this.checkShopType(proposal.kind, shopType);
      const category = await this.categoryOf(proposal.processId, body.category, manager);
      const format = body.descriptionFormat ?? current.description_format;
      const description =
        body.description !== undefined || body.descriptionFormat !== undefined
          ? this.description(body.description ?? current.description, format)
          : current.description;
      const quartierId =
        body.quartierId === undefined
          ? proposal.territoryId === proposal.process.territoryId
            ? null
            : proposal.territoryId
          : (body.quartierId?.toLowerCase() ?? null);
      const lat = body.lat === undefined ? proposal.lat : body.lat;
      const lng = body.lng === undefined ? proposal.lng : body.lng;
      const { territoryId } = await this.place.resolve(proposal.process, { quartierId, lat, lng }, manager);
      await manager.query(
        `UPDATE proposals SET shop_type = $2, title = coalesce($3, title), description = $4, description_format = $5,
                territory_id = $6, category = CASE WHEN $7::boolean THEN $8 ELSE category END,
                estimated_cost_cents = CASE WHEN $9::boolean THEN $10::bigint ELSE estimated_cost_cents END,
                lat = $11, lng = $12, address = CASE WHEN $13::boolean THEN $14 ELSE address END, updated_at = now()
         WHERE id = $1`,
        [
          proposalId,
          shopType,
          body.title?.trim() ?? null,
          description,
          format,
          territoryId,
          category !== undefined,
          category ?? null,
          body.estimatedCostCents !== undefined,
          body.estimatedCostCents ?? null,
          lat,
          lng,
          body.address !== undefined,
          body.address?.trim() ?? null,
        ],
      );
      if (proposal.status !== 'draft')
        await this.live.publish(proposal.processId, { proposalId, change: 'status' }, manager);
    });
    return this.query.detail(proposalId, authorId);
  }

  async publish(proposalId: string, authorId: string): Promise<ProposalDetail> {
    await this.dataSource.transaction(async (manager) => {
      const proposal = await this.lockOwn(proposalId, authorId, manager);
      if (!isProposalsPhase(proposal.process.phase)) throw proposalErrors.notProposalsPhase();
      if (proposal.status !== 'draft') throw proposalErrors.notDraft();
      await manager.query(
        `UPDATE proposals SET status = 'published', published_at = now(), updated_at = now() WHERE id = $1`,
        [proposalId],
      );
      await this.live.publish(proposal.processId, { proposalId, change: 'status' }, manager);
    });
    return this.query.detail(proposalId, authorId);
  }

  /** The author takes their proposal back; it stays visible as withdrawn, with its supports and comments. */
  async withdraw(proposalId: string, authorId: string): Promise<ProposalDetail> {
    await this.dataSource.transaction(async (manager) => {
      const proposal = await this.lockOwn(proposalId, authorId, manager);
      if (!withdrawalOpen(proposal.process.phase)) throw proposalErrors.notProposalsPhase();
      if (!['draft', 'published', 'feasible', 'notFeasible'].includes(proposal.status))
        throw proposalErrors.notEditable();
      await manager.query(
        `UPDATE proposals SET status = 'withdrawn', withdrawn_at = now(), updated_at = now() WHERE id = $1`,
        [proposalId],
      );
      await this.live.publish(proposal.processId, { proposalId, change: 'status' }, manager);
    });
    return this.query.detail(proposalId, authorId);
  }

  /** For the budgets module: the feasible proposals of a process, not yet on the ballot. */
  async feasibleProposals(processId: string, manager: EntityManager): Promise<FeasibleProposal[]> {
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT id, title, description, description_format AS "descriptionFormat", territory_id AS "territoryId", category,
              final_cost_cents::float8 AS "finalCostCents", lat, lng, address
       FROM proposals WHERE process_id = $1 AND status = 'feasible' AND hidden_at IS NULL ORDER BY published_at, id`,
      [processId],
    );
    return rows as unknown as FeasibleProposal[];
  }

  /**
   * For the budgets module, in its transaction: the feasible proposal became ballot project
   * `ballotProjectId`. Refuses (409) a proposal that is not feasible, so one proposal is on one ballot.
   */
  async markOnBallot(proposalId: string, ballotProjectId: string, manager: EntityManager): Promise<void> {
    const proposal = await this.repository.lock(proposalId, manager, null);
    if (proposal.status !== 'feasible') throw proposalErrors.notFeasible();
    await manager.query(
      `UPDATE proposals SET status = 'onBallot', ballot_project_id = $2, updated_at = now() WHERE id = $1`,
      [proposalId, ballotProjectId],
    );
  }

  /** For the budgets module: the ballot project was removed before the vote; the proposal is feasible again. */
  async removeFromBallot(proposalId: string, manager: EntityManager): Promise<void> {
    const proposal = await this.repository.lock(proposalId, manager, null);
    if (proposal.status !== 'onBallot') return;
    await manager.query(
      `UPDATE proposals SET status = 'feasible', ballot_project_id = NULL, updated_at = now() WHERE id = $1`,
      [proposalId],
    );
  }

  /**
   * For the ideas module, in its transaction: a copy of a locked idea as a published project of the
   * budget process `target` (same author, text, category and place), so that it can be assessed and
   * put on that ballot. The caller checked the target's kind, phase and territory.
   */
  async copyAsProject(source: LockedProposal, target: ProcessRef, manager: EntityManager): Promise<string> {
    const quartierId = source.territoryId === source.process.territoryId ? null : source.territoryId;
    const { territoryId } = await this.place.resolve(target, { quartierId, lat: source.lat, lng: source.lng }, manager);
    const [row]: Array<{ id: string }> = await manager.query(
      `INSERT INTO proposals (process_id, author_id, territory_id, kind, title, description, description_format,
                              category, lat, lng, address, status, published_at)
       SELECT $2, author_id, $3, 'project', title, description, description_format, category, lat, lng, address,
              'published', now()
       FROM proposals WHERE id = $1
       RETURNING id`,
      [source.id, target.id, territoryId],
    );
    await this.live.publish(target.id, { proposalId: row.id, change: 'status' }, manager);
    return row.id;
  }

  private async lockOwn(
    proposalId: string,
    authorId: string,
    manager: EntityManager,
  ): Promise<LockedProposal> {
    const proposal = await this.repository.lock(proposalId, manager, authorId);
    if (proposal.authorId !== authorId) throw proposalErrors.notAuthor();
    return proposal;
  }

  /**
   * The category to store: trimmed, and for an idea box (issue 6) one of its listed categories, as the
   * box spells it (400 otherwise); budgets take free text. `undefined` when the request gave none.
   */
  private async categoryOf(
    processId: string,
    category: string | null | undefined,
    manager: EntityManager,
  ): Promise<string | null | undefined> {
    if (category === undefined || category === null) return category;
    const [box]: Array<{ categories: string[] }> = await manager.query(
      `SELECT categories FROM idea_boxes WHERE process_id = $1`,
      [processId],
    );
    if (!box) return category.trim();
    const listed = box.categories.find((c) => c.toLowerCase() === category.trim().toLowerCase());
    if (listed === undefined) throw proposalErrors.unknownCategory(box.categories.join(', '));
    return listed;
  }

  private checkShopType(kind: string, shopType: string | null): void {
    if (kind === 'shop' && !shopType) throw proposalErrors.shopTypeRequired();
    if (kind !== 'shop' && shopType) throw proposalErrors.shopTypeUnexpected();
  }

  private description(raw: string, format: ProposalDescriptionFormat): string {
    const clean = cleanDescription(raw, format);
    if (plainTextOf(clean, format).length === 0) throw proposalErrors.emptyDescription();
    return clean;
  }
}
