import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type { CounterPrioritisationBallotRequest, CounterPrioritisationResult } from '@agora/contracts';

import { budgetErrors } from '../budgets/budget.errors';
import { identityHash } from '../budgets/census.rule';
import { EligibilityService } from '../budgets/eligibility.service';
import { PROCESS_TEAM, ProcessesService } from '../processes/processes.service';
import { PrioritisationBallotService } from './prioritisation-ballot.service';
import { PrioritisationEligibility } from './prioritisation-eligibility.service';
import { prioritisationErrors } from './prioritisation.errors';

/**
 * The counter (guichet) channel of a prioritisation, for residents without internet: staff check the
 * person's identity and address, the resident orders the works on the counter's screen, staff record
 * it. Identified by their account's e-mail, or by name and birth date (a salted hash in the register,
 * matched against the census and against a later online ranking of the same account through it).
 * The answer to staff says only that a ranking was recorded: no receipt code (they could look the
 * ballot up once published).
 */
@Injectable()
export class PrioritisationCounterService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly processes: ProcessesService,
    private readonly eligibility: EligibilityService,
    private readonly prioritisationEligibility: PrioritisationEligibility,
    private readonly ballots: PrioritisationBallotService,
  ) {}

  async cast(staffId: string, processId: string, body: CounterPrioritisationBallotRequest): Promise<CounterPrioritisationResult> {
    await this.dataSource.transaction(async (manager) => {
      const open = await this.ballots.open(manager, processId);
      const process = await this.processes.find(open.process.id, manager);
      await this.processes.requireRole(staffId, PROCESS_TEAM, process, manager);
      const { accountId, hash, entry } = await this.identify(manager, open.process.id, body);
      if (body.quartierId && body.quartierId.toLowerCase() !== open.quartier_id) throw prioritisationErrors.wrongCounterQuartier(open.quartier_name);
      const verdict = await this.prioritisationEligibility.decide(manager, { id: open.process.id, territoryId: open.process.territory_id }, open, {
        accountId,
        census: !!entry,
        censusQuartierId: entry?.quartier_id ?? null,
        inPerson: true,
        declaredQuartierId: body.quartierId?.toLowerCase() ?? null,
      });
      if (!verdict.eligible) throw prioritisationErrors.notEligible(verdict.reason);
      // No audit entry, as for budget counter ballots: the register records the staff member and the
      // channel of this write, and an audit entry's exact time is precisely what the register leaves out.
      await this.ballots.record(manager, open, { accountId, identityHash: hash ?? verdict.identityHash, channel: 'counter', staffId }, body);
    });
    return {
      status: 'recorded',
      message: { fr: 'Classement enregistré. Il compte une fois, comme un classement en ligne.', en: 'Ranking recorded. It counts once, like an online ranking.' },
    };
  }

  /** The person by account e-mail, or by name and birth date (salted hash, as the census stores it). */
  private async identify(manager: EntityManager, processId: string, body: CounterPrioritisationBallotRequest) {
    let accountId: string | null = null;
    if (body.email?.trim()) {
      const [account]: Array<{ id: string }> = await manager.query(`SELECT id FROM accounts WHERE lower(email) = lower($1) AND deleted_at IS NULL`, [body.email.trim()]);
      if (!account) throw budgetErrors.voterUnknown();
      accountId = account.id;
    }
    const rules = await this.eligibility.rulesOf(processId, manager);
    const named = body.lastName && body.firstName && body.birthDate;
    const hash = named ? identityHash(rules.salt, { lastName: body.lastName!, firstName: body.firstName!, birthDate: body.birthDate! }) : null;
    if (!accountId && !hash) throw budgetErrors.voterIdentityRequired();
    const [entry]: Array<{ quartier_id: string | null; matched_by: string | null }> = hash
      ? await manager.query(`SELECT quartier_id, matched_by FROM census_entries WHERE process_id = $1 AND identity_hash = $2`, [processId, hash])
      : [];
    // Someone who matched their census entry online is the same person as their account.
    accountId ??= entry?.matched_by ?? null;
    return { accountId, hash, entry };
  }
}
