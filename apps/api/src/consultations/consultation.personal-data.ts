import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import {
  AccountErasureHook,
  ContributesPersonalData,
  ErasesPersonalData,
  PersonalDataContributor,
} from '../identity/personal-data.contributor';

/**
 * The person's part of consultations: the register (which consultation, how, which day, whether they
 * asked to be told of the conclusions), their drafts, and their answers to identified consultations
 * only. Answers to anonymous consultations hold nothing that leads back to them.
 */
@Injectable()
@ContributesPersonalData()
export class ConsultationPersonalData implements PersonalDataContributor {
  readonly section = 'consultations';

  async collect(accountId: string, manager: EntityManager): Promise<unknown> {
    // One after the other: the manager is the export's transaction, a single connection.
    const participations: unknown[] = await manager.query(
      `SELECT c.title AS consultation, p.channel, to_char(p.answered_on, 'YYYY-MM-DD') AS "answeredOn", p.notify AS "notifyOfConclusions"
         FROM consultation_participations p JOIN consultations c ON c.id = p.consultation_id WHERE p.account_id = $1 ORDER BY p.answered_on, c.title`,
      [accountId],
    );
    const drafts: unknown[] = await manager.query(
      `SELECT c.title AS consultation, d.answers, d.saved_at AS "savedAt"
         FROM consultation_drafts d JOIN consultations c ON c.id = d.consultation_id WHERE d.account_id = $1 ORDER BY d.saved_at`,
      [accountId],
    );
    const identifiedAnswers: unknown[] = await manager.query(
      `SELECT c.title AS consultation, r.answers, to_char(r.submitted_on, 'YYYY-MM-DD') AS "submittedOn"
         FROM consultation_response_authors ra JOIN consultation_responses r ON r.id = ra.response_id
         JOIN consultations c ON c.id = r.consultation_id WHERE ra.account_id = $1 ORDER BY r.submitted_on, c.title`,
      [accountId],
    );
    return { participations, drafts, identifiedAnswers };
  }
}

/**
 * On erasure: drafts go, identified answers stay counted but lose the account, and the register keeps
 * its line (one person, one answer) without the wish to be mailed.
 */
@Injectable()
@ErasesPersonalData()
export class ConsultationAccountErasure implements AccountErasureHook {
  async eraseAccount(accountId: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM consultation_drafts WHERE account_id = $1`, [accountId]);
    await manager.query(`DELETE FROM consultation_response_authors WHERE account_id = $1`, [accountId]);
    await manager.query(`UPDATE consultation_participations SET notify = false WHERE account_id = $1`, [
      accountId,
    ]);
  }
}
