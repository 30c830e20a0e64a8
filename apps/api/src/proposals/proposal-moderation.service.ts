import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type { ProposalReportItem } from '@agora/contracts';

import { isUuid } from '../access/id.rule';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG } from '../config/app.config';
import type { AppConfig } from '../config/app.config';
import { MailService } from '../mail/mail.service';
import { excerptOf } from './proposal-description.rule';
import { ProposalLivePublisher } from './proposal-live.publisher';
import { hiddenMail } from './proposal-mail.template';
import { ProposalStaffPolicy } from './proposal-staff.policy';
import { ProposalRepository } from './proposal.repository';
import { proposalErrors } from './proposal.errors';

interface ReportRow {
  id: string;
  proposal_id: string;
  proposal_title: string;
  comment_id: string | null;
  text: string;
  reason: string;
  hidden: boolean;
  territory_id: string;
  created_at: Date;
}

/**
 * Staff hide what breaks the rules, with a reason shown in its place, and can undo it. Every hide
 * and unhide is audited in its transaction; hiding settles the open reports on that content.
 */
@Injectable()
export class ProposalModerationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ProposalRepository,
    private readonly staff: ProposalStaffPolicy,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly live: ProposalLivePublisher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async hideProposal(proposalId: string, actorId: string, reason: string): Promise<void> {
    const mail = await this.dataSource.transaction(async (manager) => {
      const proposal = await this.repository.lock(proposalId, manager, null);
      await this.staff.assertStaffOf(actorId, proposal.territoryId, manager);
      if (proposal.hidden) throw proposalErrors.alreadyHidden();
      await manager.query(
        `UPDATE proposals SET hidden_at = now(), hidden_reason = $2, hidden_by = $3, updated_at = now() WHERE id = $1`,
        [proposalId, reason.trim(), actorId],
      );
      await this.resolveReports(manager, 'proposal_id', proposalId, actorId);
      await this.live.publish(proposal.processId, { proposalId, change: 'moderation' }, manager);
      await this.audit.record(
        {
          actorId,
          action: 'proposal.hide',
          objectType: 'proposal',
          objectId: proposalId,
          territoryId: proposal.territoryId,
          after: { reason: reason.trim() },
        },
        manager,
      );
      const to = await this.repository.authorEmail(proposal.authorId, manager);
      return to
        ? hiddenMail(
            { to, title: proposal.title, url: `${this.config.publicUrl}/propositions/${proposalId}` },
            reason.trim(),
          )
        : null;
    });
    if (mail) await this.mail.sendQuietly(mail);
  }

  async unhideProposal(proposalId: string, actorId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const proposal = await this.repository.lock(proposalId, manager, null);
      await this.staff.assertStaffOf(actorId, proposal.territoryId, manager);
      if (!proposal.hidden) throw proposalErrors.notHidden();
      await manager.query(
        `UPDATE proposals SET hidden_at = NULL, hidden_reason = NULL, hidden_by = NULL, updated_at = now() WHERE id = $1`,
        [proposalId],
      );
      await this.live.publish(proposal.processId, { proposalId, change: 'moderation' }, manager);
      await this.audit.record(
        {
          actorId,
          action: 'proposal.unhide',
          objectType: 'proposal',
          objectId: proposalId,
          territoryId: proposal.territoryId,
        },
        manager,
      );
    });
  }

  async hideComment(commentId: string, actorId: string, reason: string | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const comment = await this.lockComment(commentId, actorId, manager);
      if ((comment.hidden_reason !== null) === (reason !== null))
        throw reason ? proposalErrors.alreadyHidden() : proposalErrors.notHidden();
      await manager.query(
        reason
          ? `UPDATE proposal_comments SET hidden_at = now(), hidden_reason = $2, hidden_by = $3 WHERE id = $1`
          : `UPDATE proposal_comments SET hidden_at = NULL, hidden_reason = NULL, hidden_by = NULL WHERE id = $1`,
        reason ? [commentId, reason.trim(), actorId] : [commentId],
      );
      if (reason) await this.resolveReports(manager, 'comment_id', commentId, actorId);
      await this.live.publish(
        comment.process_id,
        { proposalId: comment.proposal_id, change: 'moderation' },
        manager,
      );
      await this.audit.record(
        {
          actorId,
          action: reason ? 'proposal.comment.hide' : 'proposal.comment.unhide',
          objectType: 'proposal_comment',
          objectId: commentId,
          territoryId: comment.territory_id,
          after: reason ? { reason: reason.trim() } : undefined,
        },
        manager,
      );
    });
  }

  /** The open reports of a process, limited to the territories where the caller is staff. */
  async openReports(processId: string, actorId: string): Promise<ProposalReportItem[]> {
    if (!isUuid(processId)) throw proposalErrors.processNotFound();
    const [process] = await this.dataSource.query(`SELECT 1 FROM processes WHERE id = $1`, [processId]);
    if (!process) throw proposalErrors.processNotFound();
    const rows: ReportRow[] = await this.dataSource.query(
      `SELECT r.id, p.id AS proposal_id, p.title AS proposal_title, r.comment_id, coalesce(c.body, p.description) AS text,
              r.reason, (coalesce(c.hidden_at, p.hidden_at) IS NOT NULL) AS hidden, p.territory_id, r.created_at
       FROM proposal_reports r
       LEFT JOIN proposal_comments c ON c.id = r.comment_id
       JOIN proposals p ON p.id = coalesce(r.proposal_id, c.proposal_id)
       WHERE p.process_id = $1 AND r.resolved_at IS NULL
       ORDER BY r.created_at, r.id`,
      [processId],
    );
    const allowed = new Map<string, boolean>();
    for (const territoryId of new Set(rows.map((row) => row.territory_id))) {
      allowed.set(territoryId, await this.staff.isStaffOf(actorId, territoryId));
    }
    return rows
      .filter((row) => allowed.get(row.territory_id))
      .map((row) => ({
        id: row.id,
        target: row.comment_id ? 'comment' : 'proposal',
        proposalId: row.proposal_id,
        proposalTitle: row.proposal_title,
        commentId: row.comment_id,
        excerpt: excerptOf(row.text, row.comment_id ? 'text' : 'html'),
        reason: row.reason,
        hidden: row.hidden,
        reportedAt: row.created_at.toISOString(),
      }));
  }

  private async lockComment(commentId: string, actorId: string, manager: EntityManager) {
    if (!isUuid(commentId)) throw proposalErrors.commentNotFound();
    const [comment]: Array<{
      hidden_reason: string | null;
      territory_id: string;
      proposal_id: string;
      process_id: string;
    }> = await manager.query(
      `SELECT c.hidden_reason, p.territory_id, p.id AS proposal_id, p.process_id FROM proposal_comments c JOIN proposals p ON p.id = c.proposal_id
       WHERE c.id = $1 FOR UPDATE OF c`,
      [commentId],
    );
    if (!comment) throw proposalErrors.commentNotFound();
    await this.staff.assertStaffOf(actorId, comment.territory_id, manager);
    return comment;
  }

  private async resolveReports(
    manager: EntityManager,
    column: 'proposal_id' | 'comment_id',
    id: string,
    actorId: string,
  ) {
    await manager.query(
      `UPDATE proposal_reports SET resolved_at = now(), resolved_by = $2 WHERE ${column} = $1 AND resolved_at IS NULL`,
      [id, actorId],
    );
  }
}
