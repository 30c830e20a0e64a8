import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type { AnswerIdeaRequest, AssessProposalRequest, ProposalDetail } from '@agora/contracts';

import { AuditService } from '../audit/audit.service';
import { APP_CONFIG } from '../config/app.config';
import type { AppConfig } from '../config/app.config';
import { MailService } from '../mail/mail.service';
import type { OutgoingMail } from '../mail/mail.template';
import { ProposalLivePublisher } from './proposal-live.publisher';
import { answeredMail, assessedMail, mergedMail } from './proposal-mail.template';
import { answerOpen, assessmentOpen } from './proposal-phase.rule';
import { ProposalQueryService } from './proposal-query.service';
import { ProposalStaffPolicy } from './proposal-staff.policy';
import { LockedProposal, ProposalRepository } from './proposal.repository';
import { proposalErrors } from './proposal.errors';

const ASSESSABLE = ['published', 'feasible', 'notFeasible'];

/**
 * Staff decisions on proposals: feasibility, the idea box's public answer, merging duplicates. Each
 * decision and its audit entry commit together; the author's mail leaves after the commit, so no
 * mail announces a decision that was rolled back.
 */
@Injectable()
export class ProposalAssessmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ProposalRepository,
    private readonly staff: ProposalStaffPolicy,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly query: ProposalQueryService,
    private readonly live: ProposalLivePublisher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assess(proposalId: string, actorId: string, body: AssessProposalRequest): Promise<ProposalDetail> {
    const mail = await this.dataSource.transaction(async (manager) => {
      const proposal = await this.lockAsStaff(proposalId, actorId, manager);
      if (!assessmentOpen(proposal.process.phase)) throw proposalErrors.assessmentClosed();
      if (!ASSESSABLE.includes(proposal.status)) throw proposalErrors.notAssessable();
      if (body.feasible && proposal.process.kind === 'budget' && body.finalCostCents === undefined)
        throw proposalErrors.finalCostRequired();
      const status = body.feasible ? 'feasible' : 'notFeasible';
      const finalCost = body.feasible ? (body.finalCostCents ?? null) : null;
      await manager.query(
        `UPDATE proposals SET status = $2, feasible = $3, assessment_reason = $4, final_cost_cents = $5,
                assessed_at = now(), assessed_by = $6, updated_at = now()
         WHERE id = $1`,
        [proposalId, status, body.feasible, body.reason.trim(), finalCost, actorId],
      );
      await this.audit.record(
        {
          actorId,
          action: 'proposal.assess',
          objectType: 'proposal',
          objectId: proposalId,
          territoryId: proposal.territoryId,
          before: { status: proposal.status },
          after: { status, reason: body.reason.trim(), finalCostCents: finalCost },
        },
        manager,
      );
      await this.live.publish(proposal.processId, { proposalId, change: 'status' }, manager);
      const to = await this.repository.authorEmail(proposal.authorId, manager);
      return to
        ? assessedMail(this.mailContext(to, proposal), body.feasible, body.reason.trim(), finalCost)
        : null;
    });
    await this.send(mail);
    return this.query.detail(proposalId, actorId);
  }

  /** The idea box's public answer: retained, studied or not retained, with a reason. */
  async answer(proposalId: string, actorId: string, body: AnswerIdeaRequest): Promise<ProposalDetail> {
    const mail = await this.dataSource.transaction(async (manager) => {
      const proposal = await this.lockAsStaff(proposalId, actorId, manager);
      if (!answerOpen(proposal.process.phase)) throw proposalErrors.assessmentClosed();
      if (proposal.status === 'withdrawn' || proposal.status === 'merged')
        throw proposalErrors.notAssessable();
      await manager.query(
        `UPDATE proposals SET answer = $2, answer_reason = $3, answered_at = now(), answered_by = $4, updated_at = now() WHERE id = $1`,
        [proposalId, body.answer, body.reason.trim(), actorId],
      );
      await this.audit.record(
        {
          actorId,
          action: 'proposal.answer',
          objectType: 'proposal',
          objectId: proposalId,
          territoryId: proposal.territoryId,
          after: { answer: body.answer, reason: body.reason.trim() },
        },
        manager,
      );
      await this.live.publish(proposal.processId, { proposalId, change: 'status' }, manager);
      const to = await this.repository.authorEmail(proposal.authorId, manager);
      return to ? answeredMail(this.mailContext(to, proposal), body.answer, body.reason.trim()) : null;
    });
    await this.send(mail);
    return this.query.detail(proposalId, actorId);
  }

  /**
   * Folds a duplicate into another proposal of the same process, in one transaction: the supporters
   * are carried over (someone who supported both counts once), the comments move with their threads,
   * and the duplicate points to the proposal it was merged into.
   */
  async merge(proposalId: string, actorId: string, intoId: string): Promise<ProposalDetail> {
    if (proposalId === intoId.toLowerCase()) throw proposalErrors.mergeSelf();
    const mail = await this.dataSource.transaction(async (manager) => {
      // Both rows locked in id order, so two opposite merges cannot deadlock.
      const [first, second] = [proposalId, intoId.toLowerCase()].sort();
      const locked = new Map<string, LockedProposal>();
      for (const id of [first, second]) locked.set(id, await this.repository.lock(id, manager, null));
      const source = locked.get(proposalId) as LockedProposal;
      const target = locked.get(intoId.toLowerCase()) as LockedProposal;
      await this.staff.assertStaffOf(actorId, source.territoryId, manager);
      await this.staff.assertStaffOf(actorId, target.territoryId, manager);
      if (source.processId !== target.processId) throw proposalErrors.mergeOtherProcess();
      if (!assessmentOpen(source.process.phase)) throw proposalErrors.assessmentClosed();
      if (!ASSESSABLE.includes(source.status) || !ASSESSABLE.includes(target.status))
        throw proposalErrors.notMergeable();
      const [moved]: Array<{ supports: number }> = await manager.query(
        `WITH carried AS (
           INSERT INTO proposal_supports (proposal_id, account_id, created_at)
           SELECT $2, account_id, created_at FROM proposal_supports WHERE proposal_id = $1
           ON CONFLICT (proposal_id, account_id) DO NOTHING
           RETURNING 1
         )
         SELECT count(*)::int AS supports FROM carried`,
        [source.id, target.id],
      );
      await manager.query(`DELETE FROM proposal_supports WHERE proposal_id = $1`, [source.id]);
      const [comments]: Array<{ moved: number }> = await manager.query(
        `WITH m AS (UPDATE proposal_comments SET proposal_id = $2 WHERE proposal_id = $1 RETURNING 1) SELECT count(*)::int AS moved FROM m`,
        [source.id, target.id],
      );
      await manager.query(
        `UPDATE proposals SET status = 'merged', merged_into_id = $2, updated_at = now() WHERE id = $1`,
        [source.id, target.id],
      );
      await this.audit.record(
        {
          actorId,
          action: 'proposal.merge',
          objectType: 'proposal',
          objectId: source.id,
          territoryId: source.territoryId,
          before: { status: source.status },
          after: {
            status: 'merged',
            mergedIntoId: target.id,
            supportsCarried: moved.supports,
            commentsMoved: comments.moved,
          },
        },
        manager,
      );
      await this.live.publish(source.processId, { proposalId: source.id, change: 'status' }, manager);
      // The target gained supports and comments: its page refetches.
      await this.live.publish(target.processId, { proposalId: target.id, change: 'status' }, manager);
      const to = await this.repository.authorEmail(source.authorId, manager);
      return to ? mergedMail(this.mailContext(to, source), target.title) : null;
    });
    await this.send(mail);
    return this.query.detail(proposalId, actorId);
  }

  private async lockAsStaff(
    proposalId: string,
    actorId: string,
    manager: EntityManager,
  ): Promise<LockedProposal> {
    const proposal = await this.repository.lock(proposalId, manager, null);
    await this.staff.assertStaffOf(actorId, proposal.territoryId, manager);
    return proposal;
  }

  private mailContext(to: string, proposal: LockedProposal) {
    // An idea box's ideas have their own pages (libs/web/ideas); budget proposals theirs.
    const page = proposal.process.kind === 'ideas' ? 'idees/idee' : 'propositions';
    return { to, title: proposal.title, url: `${this.config.publicUrl}/${page}/${proposal.id}` };
  }

  /** The decision is made; a mail server down must not undo it (logged by MailService). */
  private async send(mail: OutgoingMail | null): Promise<void> {
    if (mail) await this.mail.sendQuietly(mail);
  }
}
