import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { BallotPage, CastBallotRequest, CastBallotResult } from '@agora/contracts';

import { processErrors } from '../processes/process.errors';
import { BallotBox } from './ballot-box.service';
import { ParticipationAnnouncer } from './participation.announcer';
import { BudgetsService } from './budgets.service';
import { EligibilityService } from './eligibility.service';
import { OnlineVoteReader } from './online-vote.reader';
import { ReceiptMailer } from './receipt.mailer';
import { seededShuffle } from './seeded-order.rule';

/** Online voting: the resident's ballot page and casting their ballot. */
@Injectable()
export class VotingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly budgets: BudgetsService,
    private readonly eligibility: EligibilityService,
    private readonly box: BallotBox,
    private readonly reader: OnlineVoteReader,
    private readonly announcer: ParticipationAnnouncer,
    private readonly receipts: ReceiptMailer,
  ) {}

  /** The envelopes the resident may vote in, each with its projects in this visitor's own stable order. */
  async ballotPage(accountId: string, processId: string): Promise<BallotPage> {
    const process = await this.budgets.budgetProcess(processId);
    if (process.phase === 'draft') throw processErrors.notFound();
    const check = await this.eligibility.check(process, accountId);
    const budgets = await this.budgets.budgetsOf(process);
    return {
      processId: process.id,
      budgets: check.budgets
        .filter((verdict) => verdict.eligible)
        .map((verdict) => {
          const budget = budgets.find((b) => b.id === verdict.budgetId)!;
          return { budget: { ...budget, projects: seededShuffle(budget.projects, `${accountId}:${budget.id}`) }, alreadyVoted: verdict.alreadyVoted };
        }),
    };
  }

  async cast(accountId: string, processId: string, body: CastBallotRequest): Promise<CastBallotResult> {
    const { receiptCode, title } = await this.dataSource.transaction(async (manager) => {
      const { context, facts, budget } = await this.reader.read(manager, processId, accountId, body.budgetId);
      this.box.assertVotePhase(context);
      const code = await this.box.record(manager, context, facts, { accountId, identityHash: facts.identityHash, channel: 'online', staffId: null }, body, budget);
      return { receiptCode: code, title: context.process.title };
    });
    this.announcer.announce(processId);
    if (body.emailReceipt) await this.receipts.send(accountId, title, receiptCode);
    return { budgetId: body.budgetId, receiptCode };
  }
}
