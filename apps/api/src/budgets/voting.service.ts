import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { BallotPage, CastBallotRequest, CastBallotResult } from '@agora/contracts';

import { bilingualMail } from '../mail/mail.template';
import { MailService } from '../mail/mail.service';
import { BallotBox } from './ballot-box.service';
import { BudgetsService } from './budgets.service';
import { EligibilityService } from './eligibility.service';
import { seededShuffle } from './seeded-order.rule';

/** Online voting: the resident's ballot page and casting their ballot. */
@Injectable()
export class VotingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly budgets: BudgetsService,
    private readonly eligibility: EligibilityService,
    private readonly box: BallotBox,
    private readonly mail: MailService,
  ) {}

  /** The envelopes the resident may vote in, each with its projects in this visitor's own stable order. */
  async ballotPage(accountId: string, processId: string): Promise<BallotPage> {
    const process = await this.budgets.budgetProcess(processId);
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
    const process = await this.budgets.budgetProcess(processId);
    const receiptCode = await this.dataSource.transaction(async (manager) => {
      await this.box.openProcess(manager, process);
      const rules = await this.eligibility.rulesOf(process.id, manager);
      const facts = await this.eligibility.factsFor(manager, process.id, { accountId });
      return this.box.record(manager, process, rules, facts, { accountId, identityHash: facts.identityHash, channel: 'online', staffId: null }, body);
    });
    if (body.emailReceipt) await this.mailReceipt(accountId, process.title, receiptCode);
    return { budgetId: body.budgetId, receiptCode };
  }

  /** After the commit, and quietly: the vote is recorded whether or not the mail leaves. */
  private async mailReceipt(accountId: string, title: string, code: string): Promise<void> {
    const [account]: Array<{ email: string | null }> = await this.dataSource.query(`SELECT email FROM accounts WHERE id = $1`, [accountId]);
    if (!account?.email) return;
    await this.mail.sendQuietly(
      bilingualMail({
        to: account.email,
        subject: { fr: `Votre récépissé de vote — ${title}`, en: `Your voting receipt — ${title}` },
        paragraphs: {
          fr: [
            `Votre vote pour « ${title} » est enregistré.`,
            `Votre code de vérification : ${code}`,
            'Après la publication des résultats, ce code vous permet de retrouver votre bulletin anonyme dans le fichier publié. Personne d’autre ne connaît ce code : gardez-le pour vous.',
          ],
          en: [
            `Your vote for "${title}" is recorded.`,
            `Your verification code: ${code}`,
            'Once the results are published, this code lets you find your anonymous ballot in the published file. Nobody else knows this code: keep it to yourself.',
          ],
        },
      }),
    );
  }
}
