import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';

import type { CreateCommentRequest, ProposalComment, ProposalSupportState } from '@agora/contracts';
import { COMMENT_MAX_DEPTH } from '@agora/contracts';

import { isUuid } from '../access/id.rule';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import { buildCommentTree, CommentRow } from './comment-tree.rule';
import { ProposalLivePublisher } from './proposal-live.publisher';
import { commentsOpen, isProposalsPhase } from './proposal-phase.rule';
import { LockedProposal, ProposalRepository } from './proposal.repository';
import { proposalErrors } from './proposal.errors';
import { PROPOSAL_RATE_LIMITS } from './proposal.rate-limits';

/** Statuses open to conversation: public and not folded into another proposal. */
const DISCUSSABLE = ['published', 'feasible', 'notFeasible', 'onBallot'];

const isUniqueViolation = (error: unknown) =>
  error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';

/** What residents do on someone's proposal: support it, comment (threaded), report it or a comment. */
@Injectable()
export class ProposalEngagementService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ProposalRepository,
    private readonly limits: RateLimitService,
    private readonly live: ProposalLivePublisher,
  ) {}

  /**
   * Idempotent: the unique (proposal, account) key and ON CONFLICT DO NOTHING store one support
   * however many requests (double clicks) arrive at once.
   */
  async support(proposalId: string, accountId: string): Promise<ProposalSupportState> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.readOpen(proposalId, accountId, manager);
      if (!isProposalsPhase(proposal.process.phase)) throw proposalErrors.notProposalsPhase();
      if (proposal.status !== 'published') throw proposalErrors.notPublic();
      if (proposal.hidden) throw proposalErrors.hidden();
      await manager.query(
        `INSERT INTO proposal_supports (proposal_id, account_id) VALUES ($1, $2) ON CONFLICT (proposal_id, account_id) DO NOTHING`,
        [proposalId, accountId],
      );
      const state = await this.supportState(proposalId, accountId, manager);
      await this.live.publish(
        proposal.processId,
        { proposalId, change: 'supports', supportsCount: state.supportsCount },
        manager,
      );
      return state;
    });
  }

  async unsupport(proposalId: string, accountId: string): Promise<ProposalSupportState> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.readOpen(proposalId, accountId, manager);
      if (!isProposalsPhase(proposal.process.phase)) throw proposalErrors.notProposalsPhase();
      await manager.query(`DELETE FROM proposal_supports WHERE proposal_id = $1 AND account_id = $2`, [
        proposalId,
        accountId,
      ]);
      const state = await this.supportState(proposalId, accountId, manager);
      await this.live.publish(
        proposal.processId,
        { proposalId, change: 'supports', supportsCount: state.supportsCount },
        manager,
      );
      return state;
    });
  }

  async comment(proposalId: string, authorId: string, body: CreateCommentRequest): Promise<ProposalComment> {
    await this.limits.consume(PROPOSAL_RATE_LIMITS.commentPerAccount, authorId);
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.readOpen(proposalId, authorId, manager);
      if (!commentsOpen(proposal.process.phase)) throw proposalErrors.commentsClosed();
      if (!DISCUSSABLE.includes(proposal.status)) throw proposalErrors.notPublic();
      if (proposal.hidden) throw proposalErrors.hidden();
      let depth = 0;
      if (body.parentId) {
        const [parent]: Array<{ proposal_id: string; depth: number }> = await manager.query(
          `SELECT proposal_id, depth FROM proposal_comments WHERE id = $1`,
          [body.parentId],
        );
        if (!parent || parent.proposal_id !== proposalId) throw proposalErrors.parentNotInProposal();
        if (parent.depth >= COMMENT_MAX_DEPTH) throw proposalErrors.tooDeep();
        depth = parent.depth + 1;
      }
      const [row]: CommentRow[] = await manager.query(
        `WITH c AS (
           INSERT INTO proposal_comments (proposal_id, parent_id, depth, author_id, body) VALUES ($1, $2, $3, $4, $5)
           RETURNING id, parent_id, depth, author_id, body, hidden_reason, created_at
         )
         SELECT c.*, a.display_name AS author_name FROM c LEFT JOIN accounts a ON a.id = c.author_id`,
        [proposalId, body.parentId ?? null, depth, authorId, body.body.trim() || body.body],
      );
      await this.live.publish(proposal.processId, { proposalId, change: 'comments' }, manager);
      return buildCommentTree([row], authorId)[0];
    });
  }

  async reportProposal(proposalId: string, reporterId: string, reason: string): Promise<void> {
    await this.limits.consume(PROPOSAL_RATE_LIMITS.reportPerAccount, reporterId);
    await this.dataSource.transaction(async (manager) => {
      const proposal = await this.repository.read(proposalId, manager, reporterId);
      if (proposal.status === 'draft') throw proposalErrors.proposalNotFound();
      await this.insertReport(manager, { proposalId, commentId: null, reporterId, reason });
    });
  }

  async reportComment(commentId: string, reporterId: string, reason: string): Promise<void> {
    await this.limits.consume(PROPOSAL_RATE_LIMITS.reportPerAccount, reporterId);
    if (!isUuid(commentId)) throw proposalErrors.commentNotFound();
    await this.dataSource.transaction(async (manager) => {
      const [comment] = await manager.query(`SELECT id FROM proposal_comments WHERE id = $1`, [commentId]);
      if (!comment) throw proposalErrors.commentNotFound();
      await this.insertReport(manager, { proposalId: null, commentId, reporterId, reason });
    });
  }

  private async insertReport(
    manager: EntityManager,
    report: { proposalId: string | null; commentId: string | null; reporterId: string; reason: string },
  ): Promise<void> {
    try {
      await manager.query(
        `INSERT INTO proposal_reports (proposal_id, comment_id, reporter_id, reason) VALUES ($1, $2, $3, $4)`,
        [report.proposalId, report.commentId, report.reporterId, report.reason.trim()],
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw proposalErrors.alreadyReported();
      throw error;
    }
  }

  private readOpen(proposalId: string, viewerId: string, manager: EntityManager): Promise<LockedProposal> {
    return this.repository.read(proposalId, manager, viewerId);
  }

  private async supportState(
    proposalId: string,
    accountId: string,
    manager: EntityManager,
  ): Promise<ProposalSupportState> {
    const [row]: Array<{ count: number; mine: boolean }> = await manager.query(
      `SELECT count(*)::int AS count, coalesce(bool_or(account_id = $2), false) AS mine FROM proposal_supports WHERE proposal_id = $1`,
      [proposalId, accountId],
    );
    return { supportsCount: row.count, supportedByMe: row.mine };
  }
}
