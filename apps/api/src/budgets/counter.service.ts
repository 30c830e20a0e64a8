import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type { CounterBallotRequest, CounterBallotResult, CounterPrecheck, CounterPrecheckRequest, VoteChannel } from '@agora/contracts';

import { PROCESS_TEAM, ProcessesService } from '../processes/processes.service';
import { BallotBox } from './ballot-box.service';
import { ParticipationAnnouncer } from './participation.announcer';
import { ReceiptMailer } from './receipt.mailer';
import { budgetErrors } from './budget.errors';
import { identityHash, normaliseBirthDate } from './census.rule';
import { ageFactFrom, parisToday } from './eligibility.rule';
import { EligibilityService } from './eligibility.service';

/**
 * The counter (guichet) and paper channels: staff check the person's identity, then record the
 * ballot the resident filled on the counter's screen or on paper. The register keeps the channel and
 * the staff member; the answer to staff says only that a ballot was recorded.
 */
@Injectable()
export class CounterService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly processes: ProcessesService,
    private readonly eligibility: EligibilityService,
    private readonly box: BallotBox,
    private readonly announcer: ParticipationAnnouncer,
    private readonly receipts: ReceiptMailer,
  ) {}

  /**
   * Before a ballot is started: where the person already voted (envelope and channel, from the
   * register), so staff do not fill a ballot for nothing. The register's uniqueness still decides.
   */
  async precheck(staffId: string, processId: string, body: CounterPrecheckRequest): Promise<CounterPrecheck> {
    const manager = this.dataSource.manager;
    const context = await this.box.openVote(manager, processId);
    await this.processes.requireRole(staffId, PROCESS_TEAM, context.process, manager);
    const { accountId, hash } = await this.identify(manager, context.process.id, context.rules.salt, body);
    const rows: Array<{ budget_id: string; name: string; channel: VoteChannel }> = await manager.query(
      `SELECT p.budget_id, b.name, p.channel FROM participations p JOIN budgets b ON b.id = p.budget_id
       WHERE p.process_id = $1 AND (p.account_id = $2 OR p.identity_hash = $3
         OR p.identity_hash IN (SELECT identity_hash FROM census_entries WHERE process_id = $1 AND matched_by = $2))
       ORDER BY b.position, b.created_at`,
      [context.process.id, accountId, hash],
    );
    const votedIn = rows.map((row) => ({ budgetId: row.budget_id, name: row.name, channel: row.channel }));
    return { votedIn, message: precheckMessage(votedIn) };
  }

  async cast(staffId: string, processId: string, body: CounterBallotRequest): Promise<CounterBallotResult> {
    const { receiptCode, accountId, title } = await this.dataSource.transaction(async (manager) => {
      const context = await this.box.openVote(manager, processId);
      await this.processes.requireRole(staffId, PROCESS_TEAM, context.process, manager);
      this.box.assertVotePhase(context);
      const { rules, process } = context;
      const { accountId, hash, entry } = await this.identify(manager, process.id, rules.salt, body);
      // Staff checked the birth date on an ID: it decides the age here, and is not kept anywhere.
      const birthDate = body.birthDate ? normaliseBirthDate(body.birthDate) : null;
      const counterAge = rules.minimumAge && birthDate ? ageFactFrom('counter', birthDate, rules.minimumAge, parisToday()) : null;
      if (counterAge && counterAge.reachedOn > parisToday()) throw budgetErrors.tooYoung(rules.minimumAge!);
      const known = await this.eligibility.factsFor(manager, process.id, {
        accountId,
        census: !!entry,
        censusQuartierId: entry?.quartier_id ?? null,
        inPerson: true,
        declaredQuartierId: body.quartierId ?? null,
      });
      const facts = counterAge ? { ...known, age: counterAge } : known;
      // No audit entry: the register itself records the staff member and the channel of this write, and
      // an audit entry's exact time is precisely what the register leaves out.
      const code = await this.box.record(manager, context, facts, { accountId, identityHash: hash ?? facts.identityHash, channel: body.channel, staffId }, body);
      return { receiptCode: code, accountId, title: process.title };
    });
    this.announcer.announce(processId);
    // The code never reaches the staff member's screen (they could look the ballot up once published):
    // it goes to the resident's own mailbox, if they have an account and want it.
    const receiptMailed = body.emailReceipt && accountId ? await this.receipts.send(accountId, title, receiptCode) : false;
    return {
      status: 'recorded',
      message: { fr: 'Bulletin enregistré.', en: 'Ballot recorded.' },
      receiptMailed,
    };
  }

  /** The person by account e-mail, or by name and birth date (salted hash, as the census stores it). */
  private async identify(manager: EntityManager, processId: string, salt: Buffer, body: CounterPrecheckRequest) {
    let accountId: string | null = null;
    if (body.email) {
      const [account]: Array<{ id: string }> = await manager.query(`SELECT id FROM accounts WHERE lower(email) = lower($1) AND deleted_at IS NULL`, [body.email.trim()]);
      if (!account) throw budgetErrors.voterUnknown();
      accountId = account.id;
    }
    const named = body.lastName && body.firstName && body.birthDate;
    const hash = named ? identityHash(salt, { lastName: body.lastName!, firstName: body.firstName!, birthDate: body.birthDate! }) : null;
    if (!accountId && !hash) throw budgetErrors.voterIdentityRequired();
    const [entry]: Array<{ quartier_id: string | null; matched_by: string | null }> = hash
      ? await manager.query(`SELECT quartier_id, matched_by FROM census_entries WHERE process_id = $1 AND identity_hash = $2`, [processId, hash])
      : [];
    // Someone who matched their census entry online is the same person as their account.
    accountId ??= entry?.matched_by ?? null;
    return { accountId, hash, entry };
  }
}

const CHANNEL_WORDS: Record<VoteChannel, { fr: string; en: string }> = {
  online: { fr: 'en ligne', en: 'online' },
  counter: { fr: 'au guichet', en: 'at the counter' },
  paper: { fr: 'sur papier', en: 'on paper' },
};

function precheckMessage(votedIn: CounterPrecheck['votedIn']) {
  if (!votedIn.length) {
    return { fr: 'Cette personne n’a encore voté pour aucune enveloppe.', en: 'This person has not voted for any envelope yet.' };
  }
  const list = (lang: 'fr' | 'en') => votedIn.map((v) => `${v.name} (${CHANNEL_WORDS[v.channel][lang]})`).join(', ');
  return {
    fr: `Cette personne a déjà voté pour : ${list('fr')}. Aucun second bulletin ne peut être enregistré pour ces enveloppes.`,
    en: `This person has already voted for: ${list('en')}. No second ballot can be recorded for these envelopes.`,
  };
}
