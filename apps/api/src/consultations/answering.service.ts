import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type {
  ConsultationChannel,
  CounterCheck,
  CounterIdentityRequest,
  CounterResponseRequest,
  DraftSaved,
  ResponseRecorded,
  SaveDraftRequest,
  SubmitResponseRequest,
} from '@agora/contracts';
import { validateResponse, type Answers } from '@agora/consultation-rules';

import type { Principal } from '../access/principal';
import { AuditService } from '../audit/audit.service';
import { identityHash } from '../budgets/census.rule';
import { audienceReason, windowClosedReason } from './answerability.rule';
import type { ConsultationEntity } from './consultation.entity';
import { consultationErrors } from './consultation.errors';
import { CONSULTATION_TEAM, ConsultationFinder } from './consultation.finder';
import { ResponseBox } from './response-box.service';
import { ResultsAnnouncer } from './results.announcer';

interface AccountFacts {
  id: string;
  emailVerified: boolean;
  homeTerritoryId: string | null;
  homeChain: string[];
}

/**
 * Residents' drafts and responses, and the answers staff enter at the counter. Every check runs on
 * the server before anything is written, in this order: open, audience, already answered, answers.
 */
@Injectable()
export class AnsweringService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly finder: ConsultationFinder,
    private readonly box: ResponseBox,
    private readonly audit: AuditService,
    private readonly announcer: ResultsAnnouncer,
  ) {}

  async saveDraft(principal: Principal, id: string, body: SaveDraftRequest): Promise<DraftSaved> {
    return this.dataSource.transaction(async (manager) => {
      const consultation = await this.finder.find(id, manager, 'share');
      // An account next to partial answers would undo the anonymity until submission: the browser keeps them.
      if (consultation.anonymous) throw consultationErrors.draftInBrowserOnly();
      await this.assertMayAnswer(manager, consultation, principal);
      const checked = validateResponse(consultation.definition, body.answers, { partial: true });
      if (!checked.valid) throw consultationErrors.invalidResponse(checked.errors);
      const [row]: Array<{ saved_at: Date }> = await manager.query(
        `INSERT INTO consultation_drafts (consultation_id, account_id, answers) VALUES ($1, $2, $3::jsonb)
         ON CONFLICT (consultation_id, account_id) DO UPDATE SET answers = EXCLUDED.answers, saved_at = now()
         RETURNING saved_at`,
        [consultation.id, principal.accountId, JSON.stringify(checked.normalised)],
      );
      return { savedAt: row.saved_at.toISOString() };
    });
  }

  async deleteDraft(principal: Principal, id: string): Promise<void> {
    const consultation = await this.finder.findVisible(id, principal.accountId);
    await this.dataSource.query(
      `DELETE FROM consultation_drafts WHERE consultation_id = $1 AND account_id = $2`,
      [consultation.id, principal.accountId],
    );
  }

  async submit(principal: Principal, id: string, body: SubmitResponseRequest): Promise<ResponseRecorded> {
    const consultationId = await this.dataSource.transaction(async (manager) => {
      const consultation = await this.finder.find(id, manager, 'share');
      const account = await this.assertMayAnswer(manager, consultation, principal);
      const hash = this.respondentHash(consultation, body);
      const answers = this.checkedAnswers(consultation, body.answers);
      const quartierId = await this.box.quartierOf(
        manager,
        account.homeTerritoryId,
        consultation.territoryId,
      );
      await this.box.record(
        manager,
        consultation,
        {
          accountId: principal.accountId,
          identityHash: hash,
          channel: 'online',
          staffId: null,
          notify: body.notifyMe ?? false,
        },
        answers,
        quartierId,
      );
      return consultation.id;
    });
    this.announcer.announce(consultationId);
    return {
      status: 'recorded',
      channel: 'online',
      message: {
        fr: 'Merci ! Votre réponse est enregistrée.',
        en: 'Thank you! Your response has been recorded.',
      },
    };
  }

  /** A member of staff enters the answers of a resident who came in person (audited, never the answers). */
  async counter(staffId: string, id: string, body: CounterResponseRequest): Promise<ResponseRecorded> {
    const consultationId = await this.dataSource.transaction(async (manager) => {
      const consultation = await this.finder.find(id, manager, 'share');
      await this.finder.requireRole(staffId, CONSULTATION_TEAM, consultation, manager);
      if (!consultation.counterAnswers) throw consultationErrors.counterClosedChannel();
      const closed = windowClosedReason(consultation, new Date());
      if (closed) throw consultationErrors.notOpen(closed);
      const person = await this.counterPerson(manager, consultation, body);
      const answers = this.checkedAnswers(consultation, body.answers);
      await this.box.record(
        manager,
        consultation,
        {
          accountId: person.accountId,
          identityHash: person.identityHash,
          channel: 'counter',
          staffId,
          notify: body.notifyMe ?? false,
        },
        answers,
        person.quartierId,
      );
      await this.audit.record(
        {
          actorId: staffId,
          action: 'consultation.counter-response',
          objectType: 'consultation',
          objectId: consultation.id,
          territoryId: consultation.territoryId,
          // Who was helped, never what they answered.
          after: {
            accountId: person.accountId,
            identifiedBy: person.accountId ? 'account' : 'name-and-birth-date',
          },
        },
        manager,
      );
      return consultation.id;
    });
    this.announcer.announce(consultationId);
    return {
      status: 'recorded',
      channel: 'counter',
      message: {
        fr: 'La réponse est enregistrée au nom de la personne reçue au guichet.',
        en: 'The response is recorded for the person at the counter.',
      },
    };
  }

  /**
   * Where counter answers are taken, the online respondent's name and birth date, hashed with the
   * consultation's salt for the register (the same hash staff compute at the counter); null elsewhere.
   */
  private respondentHash(consultation: ConsultationEntity, body: SubmitResponseRequest): Buffer | null {
    if (!consultation.counterAnswers) return null;
    const hash =
      body.lastName && body.firstName && body.birthDate
        ? identityHash(consultation.identitySalt, {
            lastName: body.lastName,
            firstName: body.firstName,
            birthDate: body.birthDate,
          })
        : null;
    if (!hash) throw consultationErrors.respondentIdentityMissing();
    return hash;
  }

  private checkedAnswers(consultation: ConsultationEntity, raw: unknown): Answers {
    const checked = validateResponse(consultation.definition, raw);
    if (!checked.valid) throw consultationErrors.invalidResponse(checked.errors);
    return checked.normalised;
  }

  /** Whether the person at the counter already answered, from the register only. */
  async counterCheck(staffId: string, id: string, body: CounterIdentityRequest): Promise<CounterCheck> {
    const consultation = await this.finder.findForTeam(id, staffId);
    if (!consultation.counterAnswers) throw consultationErrors.counterClosedChannel();
    const person = await this.identify(this.dataSource.manager, consultation, body);
    const [row]: Array<{ channel: ConsultationChannel; answered_on: string }> = await this.dataSource.query(
      `SELECT channel, to_char(answered_on, 'YYYY-MM-DD') AS answered_on FROM consultation_participations
       WHERE consultation_id = $1 AND (account_id = $2 OR identity_hash = $3)`,
      [consultation.id, person.accountId, person.identityHash],
    );
    if (!row) {
      return {
        answered: false,
        channel: null,
        answeredOn: null,
        message: { fr: 'Cette personne n’a pas encore répondu.', en: 'This person has not answered yet.' },
      };
    }
    const where =
      row.channel === 'online'
        ? { fr: 'en ligne', en: 'online' }
        : { fr: 'au guichet', en: 'at the counter' };
    return {
      answered: true,
      channel: row.channel,
      answeredOn: row.answered_on,
      message: {
        fr: `Cette personne a déjà répondu (${where.fr}, le ${row.answered_on}).`,
        en: `This person has already answered (${where.en}, on ${row.answered_on}).`,
      },
    };
  }

  /**
   * The person at the counter: the salted hash of name and birth date (always, so that an online
   * answer of the same person collides in the register), and their account when staff give its e-mail.
   */
  private async identify(
    manager: EntityManager,
    consultation: ConsultationEntity,
    body: CounterIdentityRequest,
  ): Promise<{ accountId: string | null; identityHash: Buffer; homeTerritoryId: string | null }> {
    const hash =
      body.lastName && body.firstName && body.birthDate
        ? identityHash(consultation.identitySalt, {
            lastName: body.lastName,
            firstName: body.firstName,
            birthDate: body.birthDate,
          })
        : null;
    if (!hash) throw consultationErrors.counterIdentityMissing();
    if (!body.email?.trim()) return { accountId: null, identityHash: hash, homeTerritoryId: null };
    const [row]: Array<{ id: string; home_territory_id: string | null }> = await manager.query(
      `SELECT id, home_territory_id FROM accounts WHERE lower(email) = lower($1) AND deleted_at IS NULL`,
      [body.email.trim()],
    );
    if (!row) throw consultationErrors.counterAccountUnknown();
    return { accountId: row.id, identityHash: hash, homeTerritoryId: row.home_territory_id };
  }

  /** Open, in the audience, not answered yet; the refusal says which, in plain words. */
  private async assertMayAnswer(
    manager: EntityManager,
    consultation: ConsultationEntity,
    principal: Principal,
  ): Promise<AccountFacts> {
    if (consultation.status === 'draft') throw consultationErrors.notFound();
    const closed = windowClosedReason(consultation, new Date());
    if (closed) throw consultationErrors.notOpen(closed);
    const account = await this.accountFacts(manager, principal.accountId);
    const outside = audienceReason(consultation, {
      emailVerified: principal.emailVerified,
      homeTerritoryChain: account.homeChain,
    });
    if (outside) throw consultationErrors.notAnswerable(outside);
    const answered: unknown[] = await manager.query(
      `SELECT 1 FROM consultation_participations WHERE consultation_id = $1 AND account_id = $2`,
      [consultation.id, principal.accountId],
    );
    if (answered.length) throw consultationErrors.alreadyAnswered();
    return account;
  }

  private async accountFacts(manager: EntityManager, accountId: string): Promise<AccountFacts> {
    const [row]: Array<{
      email_verified: boolean;
      home_territory_id: string | null;
      chain: string[] | null;
    }> = await manager.query(
      `SELECT a.email_verified_at IS NOT NULL AS email_verified, a.home_territory_id,
              (WITH RECURSIVE chain AS (
                 SELECT t.id, t.parent_id FROM territories t WHERE t.id = a.home_territory_id
                 UNION SELECT t.id, t.parent_id FROM territories t JOIN chain c ON t.id = c.parent_id
               ) SELECT array_agg(id) FROM chain) AS chain
       FROM accounts a WHERE a.id = $1 AND a.deleted_at IS NULL`,
      [accountId],
    );
    if (!row) throw consultationErrors.counterAccountUnknown();
    return {
      id: accountId,
      emailVerified: row.email_verified,
      homeTerritoryId: row.home_territory_id,
      homeChain: row.chain ?? [],
    };
  }

  /**
   * The person at the counter: their account (by e-mail), or a salted hash of name and birth date.
   * Staff checked identity and address in person, so the audience is checked on the quartier staff
   * give (or the account's), and a verified-accounts consultation accepts them.
   */
  private async counterPerson(
    manager: EntityManager,
    consultation: ConsultationEntity,
    body: CounterResponseRequest,
  ) {
    const {
      accountId,
      identityHash: hash,
      homeTerritoryId,
    } = await this.identify(manager, consultation, body);
    let homeChain = accountId ? (await this.accountFacts(manager, accountId)).homeChain : [];
    if (!accountId && body.notifyMe) throw consultationErrors.notifyNeedsAccount();
    let quartierId = await this.box.quartierOf(manager, homeTerritoryId, consultation.territoryId);
    if (body.quartierId) {
      quartierId = await this.box.quartierOf(manager, body.quartierId, consultation.territoryId);
      if (!quartierId) throw consultationErrors.quartierOutside();
      homeChain = [quartierId];
    }
    const outside = audienceReason(consultation, { emailVerified: true, homeTerritoryChain: homeChain });
    if (outside) throw consultationErrors.notAnswerable(outside);
    return { accountId, identityHash: hash, quartierId };
  }
}
