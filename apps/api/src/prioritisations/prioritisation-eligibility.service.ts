import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { LocalizedText } from '@agora/contracts';

import { decideEligibility } from '../budgets/eligibility.rule';
import { EligibilityService } from '../budgets/eligibility.service';
import type { ProcessEntity } from '../processes/process.entity';

/** What a cast or the page needs to know about the prioritisation (its quartier). */
export interface PrioritisationScope {
  id: string;
  quartier_id: string;
  quartier_name: string;
}

export interface PrioritisationVerdict {
  eligible: boolean;
  reason: LocalizedText;
  /** The salted identity hash of the census entry the person matched, if any (the register keeps it). */
  identityHash: Buffer | null;
}

/** Who asks: an account online, or a person staff identified at the counter. */
export interface PrioritisationVoter {
  accountId: string | null;
  /** Found in the census by name and birth date (counter), with the entry's quartier. */
  census?: boolean;
  censusQuartierId?: string | null;
  /** Identity checked by staff at the counter. */
  inPerson?: boolean;
  /** The quartier staff checked on a proof of address. */
  declaredQuartierId?: string | null;
}

/**
 * Who may prioritise: the budgets' eligibility rules (the process's proofs of identity, census or
 * not, minimum age), with the prioritisation's quartier as the only envelope, so only its residents.
 */
@Injectable()
export class PrioritisationEligibility {
  constructor(private readonly eligibility: EligibilityService) {}

  async decide(manager: EntityManager, process: Pick<ProcessEntity, 'id' | 'territoryId'>, scope: PrioritisationScope, voter: PrioritisationVoter): Promise<PrioritisationVerdict> {
    const rules = await this.eligibility.rulesOf(process.id, manager);
    const facts = await this.eligibility.factsFor(manager, process.id, voter);
    const [territory]: Array<{ name: string }> = await manager.query(`SELECT name FROM territories WHERE id = $1`, [process.territoryId]);
    const decision = decideEligibility(rules, facts, { id: process.territoryId, name: territory?.name ?? '' }, [
      { id: scope.id, name: scope.quartier_name, territoryId: scope.quartier_id, territoryName: scope.quartier_name, cityWide: false },
    ]);
    const verdict = decision.budgets[0];
    if (verdict.eligible) return { eligible: true, reason: verdict.reason, identityHash: facts.identityHash };
    const next = voter.inPerson ? null : decision.nextStep;
    return { eligible: false, reason: next ? { fr: `${verdict.reason.fr} ${next.fr}`, en: `${verdict.reason.en} ${next.en}` } : verdict.reason, identityHash: facts.identityHash };
  }

  async forViewer(manager: EntityManager, process: ProcessEntity, scope: PrioritisationScope, accountId: string): Promise<{ eligible: boolean; alreadyVoted: boolean; reason: LocalizedText }> {
    const { eligible, reason, identityHash } = await this.decide(manager, process, scope, { accountId });
    const [voted] = await manager.query(
      `SELECT 1 FROM prioritisation_participations WHERE prioritisation_id = $1 AND (account_id = $2 OR identity_hash = $3) LIMIT 1`,
      [scope.id, accountId, identityHash],
    );
    return { eligible, reason, alreadyVoted: !!voted };
  }
}
