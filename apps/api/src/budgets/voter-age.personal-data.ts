import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import {
  AccountErasureHook,
  ContributesPersonalData,
  ErasesPersonalData,
  PersonalDataContributor,
} from '../identity/personal-data.contributor';

/**
 * What a birth date proved about the person's age, per process (never the date itself). Exported with
 * their data; deleted on erasure: unlike the register, no guarantee of the vote rests on it once cast.
 */
@Injectable()
@ContributesPersonalData()
export class VoterAgePersonalData implements PersonalDataContributor {
  readonly section = 'ageFacts';

  collect(accountId: string, manager: EntityManager): Promise<unknown> {
    return manager.query(
      `SELECT pr.title AS process, f.source, f.minimum_age AS "minimumAge", to_char(f.reached_on, 'YYYY-MM-DD') AS "oldEnoughFrom"
       FROM voter_age_facts f JOIN processes pr ON pr.id = f.process_id WHERE f.account_id = $1 ORDER BY f.recorded_at`,
      [accountId],
    );
  }
}

/** A separate class: Nest's discovery links a class to one discoverable decorator only. */
@Injectable()
@ErasesPersonalData()
export class VoterAgeErasure implements AccountErasureHook {
  async eraseAccount(accountId: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM voter_age_facts WHERE account_id = $1`, [accountId]);
  }
}
