import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { AccountErasureHook, ContributesPersonalData, ErasesPersonalData, PersonalDataContributor } from '../identity/personal-data.contributor';
import { FOLLOWED_BY_ACCOUNT_SQL } from './work-followers.query';

/**
 * The works a person follows, their follow preference and the notifications sent to them: in the
 * "my data" export, and deleted with the account (nothing of it needs to outlive the person).
 * Prioritisation ballots are not here: the box holds no link to anyone.
 */
@Injectable()
@ContributesPersonalData()
export class WorkFollowPersonalData implements PersonalDataContributor {
  readonly section = 'workFollows';

  async collect(accountId: string, manager: EntityManager): Promise<unknown> {
    // One after the other: the export runs in one transaction, on one connection.
    const follows: unknown[] = await manager.query(
FOLLOWED_BY_ACCOUNT_SQL,
      [accountId],
    );
    const preferences: unknown[] = await manager.query(`SELECT auto_follow_funded AS "autoFollowFundedProjects" FROM work_follow_preferences WHERE account_id = $1`, [accountId]);
    const prioritisations: unknown[] = await manager.query(
      `SELECT pr.title AS process, to_char(r.voted_on, 'YYYY-MM-DD') AS "votedOn" FROM prioritisation_participations r
       JOIN prioritisations p ON p.id = r.prioritisation_id JOIN processes pr ON pr.id = p.process_id WHERE r.account_id = $1`,
      [accountId],
    );
    return { follows, preferences: preferences[0] ?? null, prioritisationParticipations: prioritisations };
  }
}

/** Separate from the export: Nest's discovery links a class to one discoverable decorator only. */
@Injectable()
@ErasesPersonalData()
export class WorkFollowErasure implements AccountErasureHook {
  async eraseAccount(accountId: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM work_notifications WHERE account_id = $1`, [accountId]);
    await manager.query(`DELETE FROM work_follows WHERE account_id = $1`, [accountId]);
    await manager.query(`DELETE FROM work_follow_preferences WHERE account_id = $1`, [accountId]);
  }
}
