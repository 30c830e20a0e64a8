import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { ContributesPersonalData, PersonalDataContributor } from '../identity/personal-data.contributor';

/**
 * The person's part of the participation register: where, how and on which day they voted. Never
 * what they chose: the ballot box holds no link to them, so there is nothing to export from it.
 * On erasure the register entries stay (they keep the "one person, one vote" guarantee of a vote
 * that may still be contested) and point at the anonymised account.
 */
@Injectable()
@ContributesPersonalData()
export class ParticipationPersonalData implements PersonalDataContributor {
  readonly section = 'participations';

  collect(accountId: string, manager: EntityManager): Promise<unknown> {
    return manager.query(
      `SELECT pr.title AS process, b.name AS budget, p.channel, to_char(p.voted_on, 'YYYY-MM-DD') AS "votedOn"
       FROM participations p JOIN budgets b ON b.id = p.budget_id JOIN processes pr ON pr.id = p.process_id
       WHERE p.account_id = $1 ORDER BY p.voted_on, pr.title, b.name`,
      [accountId],
    );
  }
}
