import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { CounterBallotRequest, CounterBallotResult } from '@agora/contracts';

import { PROCESS_TEAM, ProcessesService } from '../processes/processes.service';
import { BallotBox } from './ballot-box.service';
import { budgetErrors } from './budget.errors';
import { BudgetsService } from './budgets.service';
import { identityHash } from './census.rule';
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
    private readonly budgets: BudgetsService,
    private readonly eligibility: EligibilityService,
    private readonly box: BallotBox,
  ) {}

  async cast(staffId: string, processId: string, body: CounterBallotRequest): Promise<CounterBallotResult> {
    const process = await this.budgets.budgetProcess(processId);
    await this.processes.requireRole(staffId, PROCESS_TEAM, process);
    const receiptCode = await this.dataSource.transaction(async (manager) => {
      await this.box.openProcess(manager, process);
      const rules = await this.eligibility.rulesOf(process.id, manager);
      let accountId: string | null = null;
      if (body.email) {
        const [account]: Array<{ id: string }> = await manager.query(`SELECT id FROM accounts WHERE lower(email) = lower($1) AND deleted_at IS NULL`, [body.email.trim()]);
        if (!account) throw budgetErrors.voterUnknown();
        accountId = account.id;
      }
      const named = body.lastName && body.firstName && body.birthDate;
      const hash = named ? identityHash(rules.salt, { lastName: body.lastName!, firstName: body.firstName!, birthDate: body.birthDate! }) : null;
      if (!accountId && !hash) throw budgetErrors.voterIdentityRequired();
      const [entry]: Array<{ quartier_id: string | null; matched_by: string | null }> = hash
        ? await manager.query(`SELECT quartier_id, matched_by FROM census_entries WHERE process_id = $1 AND identity_hash = $2`, [process.id, hash])
        : [];
      // Someone who matched their census entry online is the same person as their account.
      accountId ??= entry?.matched_by ?? null;
      const facts = await this.eligibility.factsFor(manager, process.id, {
        accountId,
        census: !!entry,
        censusQuartierId: entry?.quartier_id ?? null,
        inPerson: true,
        declaredQuartierId: body.quartierId ?? null,
      });
      const entryHash = hash ?? facts.identityHash;
      return this.box.record(manager, process, rules, facts, { accountId, identityHash: entryHash, channel: body.channel, staffId }, body);
    });
    return {
      status: 'recorded',
      message: { fr: 'Bulletin enregistré.', en: 'Ballot recorded.' },
      receiptCode,
    };
  }
}
