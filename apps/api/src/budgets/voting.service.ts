import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { BallotPage, CastBallotRequest, CastBallotResult } from '@agora/contracts';

import { processErrors } from '../processes/process.errors';
import { BallotBox, BudgetRow, LockedBudget } from './ballot-box.service';
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

  /**
   * The envelopes the resident may vote in, each with its projects in this visitor's own stable order.
   * One round trip: the process, the eligibility facts and the envelopes come from a single read.
   */
  async ballotPage(accountId: string, processId: string): Promise<BallotPage> {
    const read = await this.eligibility.voterRead(processId, accountId, { wholeBudgets: true });
    if (read.process.phase === 'draft') throw processErrors.notFound();
    const check = await this.eligibility.checkFrom(read);
    const budgets = new Map(read.budgets.map((envelope) => [envelope.id, envelope.budget!]));
    return {
      processId: read.process.id,
      budgets: check.budgets
        .filter((verdict) => verdict.eligible)
        .map((verdict) => {
          const budget = budgets.get(verdict.budgetId)!;
          return {
            budget: { ...budget, projects: seededShuffle(budget.projects, `${accountId}:${budget.id}`) },
            alreadyVoted: verdict.alreadyVoted,
          };
        }),
    };
  }

  /**
   * Two round trips once the envelope is locked (its first ballot is in): one read, then one
   * statement writing the register entry and the ballot together, each shared with the casts of the
   * same envelope arriving meanwhile; the first ballot of an envelope goes through a transaction that
   * also locks its rules.
   */
  async cast(accountId: string, processId: string, body: CastBallotRequest): Promise<CastBallotResult> {
    const locked = this.box.lockedBudget(body.budgetId);
    const { receiptCode, title } = locked
      ? await this.castInLocked(accountId, processId, body, locked)
      : await this.castFirst(accountId, processId, body);
    this.announcer.announce(processId);
    if (body.emailReceipt) await this.receipts.send(accountId, title, receiptCode);
    return { budgetId: body.budgetId, receiptCode };
  }

  private async castInLocked(
    accountId: string,
    processId: string,
    body: CastBallotRequest,
    locked: LockedBudget,
  ) {
    const { context, facts, envelope } = await this.reader.readLocked(processId, accountId, body.budgetId);
    this.box.assertVotePhase(context);
    const entry = { accountId, identityHash: facts.identityHash, channel: 'online' as const, staffId: null };
    const receiptCode = await this.box.recordInLocked(context, facts, entry, body, locked, envelope);
    return { receiptCode, title: context.process.title };
  }

  private async castFirst(accountId: string, processId: string, body: CastBallotRequest) {
    let read: BudgetRow | null = null;
    try {
      const cast = await this.dataSource.transaction(async (manager) => {
        const { context, facts, budget } = await this.reader.read(
          manager,
          processId,
          accountId,
          body.budgetId,
        );
        read = budget;
        this.box.assertVotePhase(context);
        const code = await this.box.record(
          manager,
          context,
          facts,
          { accountId, identityHash: facts.identityHash, channel: 'online', staffId: null },
          body,
          budget,
        );
        return { receiptCode: code, title: context.process.title };
      });
      // Committed: the envelope is locked from now on, by this ballot or an earlier one.
      const row = read as BudgetRow | null;
      if (row) this.box.rememberLocked({ ...row, locked_at: row.locked_at ?? new Date() });
      return cast;
    } catch (error) {
      // Read as locked (committed state): it stays so, whatever went wrong with this cast.
      const row = read as BudgetRow | null;
      if (row?.locked_at) this.box.rememberLocked({ ...row, locked_at: row.locked_at });
      throw error;
    }
  }
}
