import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type { IdeaConversion } from '@agora/contracts';

import { AuditService } from '../audit/audit.service';
import { APP_CONFIG } from '../config/app.config';
import type { AppConfig } from '../config/app.config';
import { MailService } from '../mail/mail.service';
import { bilingualMail } from '../mail/mail.template';
import { assessmentOpen } from '../proposals/proposal-phase.rule';
import { ProposalLivePublisher } from '../proposals/proposal-live.publisher';
import { ProposalStaffPolicy } from '../proposals/proposal-staff.policy';
import { LockedProposal, ProposalRepository } from '../proposals/proposal.repository';
import { ProposalsService } from '../proposals/proposals.service';
import { ideaErrors } from './idea.errors';
import { IdeaImagesCopier } from './idea-images.copier';
import { ideaUrl } from './idea-open-data.rule';
import { IdeasQueryService } from './ideas-query.service';

/**
 * Staff turn an idea into something the city does: a project of a budget participatif (copied into
 * that process with its images, where it is assessed and may reach the ballot), or a planned work (the works module
 * creates the work and records it here through `recordWork`). One conversion per idea; audited; the
 * idea's page and its author learn what it became.
 */
@Injectable()
export class IdeaConversionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ProposalRepository,
    private readonly proposals: ProposalsService,
    private readonly staff: ProposalStaffPolicy,
    private readonly audit: AuditService,
    private readonly live: ProposalLivePublisher,
    private readonly mail: MailService,
    private readonly query: IdeasQueryService,
    private readonly images: IdeaImagesCopier,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async toBudgetProject(ideaId: string, actorId: string, processId: string): Promise<IdeaConversion> {
    const copied: string[] = [];
    const mail = await this.dataSource.transaction(async (manager) => {
      const idea = await this.lockConvertible(ideaId, actorId, manager);
      const target = await this.repository.process(processId, manager);
      if (target.kind !== 'budget') throw ideaErrors.notABudget();
      if (target.territoryId !== idea.process.territoryId) throw ideaErrors.budgetElsewhere();
      if (!assessmentOpen(target.phase)) throw ideaErrors.budgetNotOpen();
      await this.staff.assertStaffOf(actorId, target.territoryId, manager);
      const projectId = await this.proposals.copyAsProject(idea, target, manager);
      for (const image of await this.images.copy(manager, idea.id, 'proposals', copied)) {
        await manager.query(
          `INSERT INTO proposal_images (proposal_id, storage_key, content_type, size_bytes, alt) VALUES ($1, $2, $3, $4, $5)`,
          [projectId, image.key, image.contentType, image.sizeBytes, image.alt],
        );
      }
      return this.record(idea, actorId, { target: 'budgetProject', targetId: projectId, processId: target.id }, manager);
    }).catch(async (error: unknown) => {
      await this.images.discard(copied);
      throw error;
    });
    if (mail) await this.mail.sendQuietly(mail);
    return (await this.query.conversion(ideaId)) as IdeaConversion;
  }

  /**
   * For the works module, inside its own transaction: the idea `ideaId` became work `workId`. Checks
   * the actor is staff of the idea's territory and that the idea was not converted yet (409), so the
   * work and the record commit or fail together. Call the returned `announce` after the commit: it
   * mails the author (never about a work that was rolled back).
   */
  async recordWork(
    ideaId: string,
    workId: string,
    actorId: string,
    manager: EntityManager,
  ): Promise<{ announce: () => Promise<void> }> {
    const idea = await this.lockConvertible(ideaId, actorId, manager);
    const mail = await this.record(idea, actorId, { target: 'work', targetId: workId, processId: null }, manager);
    return {
      announce: async () => {
        if (mail) await this.mail.sendQuietly(mail);
      },
    };
  }

  private async lockConvertible(ideaId: string, actorId: string, manager: EntityManager): Promise<LockedProposal> {
    const idea = await this.repository.lock(ideaId, manager, null);
    await this.staff.assertStaffOf(actorId, idea.territoryId, manager);
    if (idea.process.kind !== 'ideas') throw ideaErrors.notAnIdea();
    if (idea.hidden || ['withdrawn', 'merged'].includes(idea.status)) throw ideaErrors.notConvertible();
    const [done] = await manager.query(`SELECT 1 FROM idea_conversions WHERE proposal_id = $1`, [ideaId]);
    if (done) throw ideaErrors.alreadyConverted();
    return idea;
  }

  private async record(
    idea: LockedProposal,
    actorId: string,
    conversion: { target: IdeaConversion['target']; targetId: string; processId: string | null },
    manager: EntityManager,
  ) {
    await manager.query(
      `INSERT INTO idea_conversions (proposal_id, target, target_id, target_process_id, title, created_by)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [idea.id, conversion.target, conversion.targetId, conversion.processId, idea.title, actorId],
    );
    await this.audit.record(
      {
        actorId,
        action: 'idea.convert',
        objectType: 'proposal',
        objectId: idea.id,
        territoryId: idea.territoryId,
        after: conversion,
      },
      manager,
    );
    await this.live.publish(idea.processId, { proposalId: idea.id, change: 'status' }, manager);
    const to = await this.repository.authorEmail(idea.authorId, manager);
    if (!to) return null;
    const project = conversion.target === 'budgetProject';
    return bilingualMail({
      to,
      subject: { fr: 'Votre idée avance', en: 'Your idea is moving forward' },
      paragraphs: {
        fr: [
          project
            ? `Votre idée « ${idea.title} » devient un projet du budget participatif : il sera étudié, puis peut-être soumis au vote.`
            : `Votre idée « ${idea.title} » devient un projet de travaux de la ville : vous pourrez en suivre l’avancement.`,
        ],
        en: [
          project
            ? `Your idea "${idea.title}" becomes a project of the participatory budget: it will be assessed, then perhaps put to the vote.`
            : `Your idea "${idea.title}" becomes one of the city's planned works: you can follow its progress.`,
        ],
      },
      action: { url: ideaUrl(this.config.publicUrl, idea.id), label: { fr: 'Voir l’idée', en: 'See the idea' } },
    });
  }
}
