import { randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type { AgeDeclarationRequest, Eligibility, EligibilityCheck, EligibilityRequest } from '@agora/contracts';

import { AuditService } from '../audit/audit.service';
import type { ProcessEntity } from '../processes/process.entity';
import { PROCESS_OWNERS, ProcessesService } from '../processes/processes.service';
import { budgetErrors } from './budget.errors';
import { AgeFact, ageFactFrom, BudgetScope, decideEligibility, EligibilityDecision, EligibilityRules, eligibilityText, parisToday, VoterFacts } from './eligibility.rule';
import { normaliseBirthDate } from './census.rule';

export interface ProcessEligibility extends EligibilityRules {
  salt: Buffer;
}

/** Who may vote in a budget process, and the facts about one voter that decide it. */
@Injectable()
export class EligibilityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly processes: ProcessesService,
    private readonly audit: AuditService,
  ) {}

  /** The process's rules, created with their defaults and a fresh salt on first use. */
  async rulesOf(processId: string, manager: EntityManager = this.dataSource.manager): Promise<ProcessEligibility> {
    const select = () =>
      manager.query(`SELECT minimum_age, residence, verifications, salt FROM process_eligibility WHERE process_id = $1`, [processId]) as Promise<
        Array<{ minimum_age: number | null; residence: EligibilityRules['residence']; verifications: EligibilityRules['verifications']; salt: Buffer }>
      >;
    let [row] = await select();
    if (!row) {
      await manager.query(`INSERT INTO process_eligibility (process_id, salt) VALUES ($1, $2) ON CONFLICT (process_id) DO NOTHING`, [processId, randomBytes(32)]);
      [row] = await select();
    }
    return { minimumAge: row.minimum_age, residence: row.residence, verifications: row.verifications, salt: row.salt };
  }

  async view(process: ProcessEntity, manager: EntityManager = this.dataSource.manager): Promise<Eligibility> {
    const rules = await this.rulesOf(process.id, manager);
    const [territory]: Array<{ name: string }> = await manager.query(`SELECT name FROM territories WHERE id = $1`, [process.territoryId]);
    return { minimumAge: rules.minimumAge, residence: rules.residence, verifications: rules.verifications, text: eligibilityText(rules, territory?.name ?? '') };
  }

  /** Part of the rules: refused once any ballot of the process is cast. */
  async set(actorId: string, processId: string, body: EligibilityRequest): Promise<Eligibility> {
    return this.dataSource.transaction(async (manager) => {
      const process = await this.processes.find(processId, manager, true);
      await this.processes.requireRole(actorId, PROCESS_OWNERS, process, manager);
      const [{ cast }]: Array<{ cast: boolean }> = await manager.query(
        `SELECT EXISTS (SELECT 1 FROM ballots b JOIN budgets g ON g.id = b.budget_id WHERE g.process_id = $1) AS cast`,
        [process.id],
      );
      if (cast) throw budgetErrors.rulesLocked();
      const before = await this.rulesOf(process.id, manager);
      const verifications = [...new Set(body.verifications)];
      if (!verifications.length) throw budgetErrors.invalidRules({ fr: 'Choisissez au moins une façon de vérifier l’identité.', en: 'Choose at least one way to check identity.' });
      await manager.query(
        `UPDATE process_eligibility SET minimum_age = $2, residence = $3, verifications = $4::text[], updated_at = now() WHERE process_id = $1`,
        [process.id, body.minimumAge ?? null, body.residence, verifications],
      );
      await this.audit.record(
        {
          actorId,
          action: 'process.eligibility',
          objectType: 'process',
          objectId: process.id,
          territoryId: process.territoryId,
          before: { minimumAge: before.minimumAge, residence: before.residence, verifications: before.verifications },
          after: { minimumAge: body.minimumAge ?? null, residence: body.residence, verifications },
        },
        manager,
      );
      return this.view(process, manager);
    });
  }

  async scopes(manager: EntityManager, process: ProcessEntity): Promise<BudgetScope[]> {
    const rows: Array<{ id: string; name: string; territory_id: string; territory_name: string }> = await manager.query(
      `SELECT b.id, b.name, b.territory_id, t.name AS territory_name FROM budgets b JOIN territories t ON t.id = b.territory_id
       WHERE b.process_id = $1 ORDER BY b.position, b.created_at`,
      [process.id],
    );
    return rows.map((row) => ({ id: row.id, name: row.name, territoryId: row.territory_id, territoryName: row.territory_name, cityWide: row.territory_id === process.territoryId }));
  }

  /**
   * What is known about an account for this process. Where they live comes from their census entry
   * when it names a quartier, otherwise from their account, unless staff checked a proof of address.
   */
  async factsFor(
    manager: EntityManager,
    processId: string,
    voter: { accountId: string | null; censusQuartierId?: string | null; census?: boolean; inPerson?: boolean; declaredQuartierId?: string | null },
  ): Promise<VoterFacts & { identityHash: Buffer | null }> {
    // One round trip (this runs on every ballot cast): the account, its census entry, and where the
    // person lives with all the territories above. Home: census quartier, else what staff checked,
    // else the account's own quartier.
    const [row]: Array<{
      verified: boolean | null;
      census_id: string | null;
      census_quartier: string | null;
      census_hash: Buffer | null;
      age: Partial<AgeFact> | null;
      chain: Array<{ id: string; name: string }> | null;
    }> =
      await manager.query(
        `WITH RECURSIVE acc AS (
           SELECT a.email_verified_at IS NOT NULL AND a.deleted_at IS NULL AS verified, a.home_territory_id AS home,
                  c.id AS census_id, c.quartier_id AS census_quartier, c.identity_hash AS census_hash,
                  json_build_object('source', f.source, 'minimumAge', f.minimum_age, 'reachedOn', to_char(f.reached_on, 'YYYY-MM-DD')) AS age
           FROM accounts a LEFT JOIN census_entries c ON c.matched_by = a.id AND c.process_id = $2
           LEFT JOIN voter_age_facts f ON f.account_id = a.id AND f.process_id = $2 WHERE a.id = $1::uuid
         ), chain AS (
           SELECT id, parent_id, name, 0 AS depth FROM territories
           WHERE id = coalesce((SELECT census_quartier FROM acc), $3::uuid, $4::uuid, (SELECT home FROM acc))
           UNION ALL
           SELECT t.id, t.parent_id, t.name, c.depth + 1 FROM territories t JOIN chain c ON t.id = c.parent_id WHERE c.depth < 20
         )
         SELECT (SELECT verified FROM acc) AS verified, (SELECT census_id FROM acc) AS census_id,
                (SELECT census_quartier FROM acc) AS census_quartier, (SELECT census_hash FROM acc) AS census_hash,
                (SELECT age FROM acc) AS age,
                (SELECT json_agg(json_build_object('id', id, 'name', name) ORDER BY depth) FROM chain) AS chain`,
        [voter.accountId, processId, voter.census ? (voter.censusQuartierId ?? null) : null, voter.declaredQuartierId ?? null],
      );
    const census: VoterFacts['census'] = row.census_id ? { quartierId: row.census_quartier } : voter.census ? { quartierId: voter.censusQuartierId ?? null } : null;
    const chain = row.chain ?? [];
    return {
      emailVerified: !!row.verified,
      census,
      inPerson: !!voter.inPerson,
      home: chain.length ? { chain: chain.map((t) => t.id), name: chain[0].name } : null,
      age: storedAgeFact(row.age),
      identityHash: row.census_id ? row.census_hash : null,
    };
  }

  /**
   * Records what a birth date proves about a voter's age for this process (census match or a
   * declaration), never the birth date: see the voter_age_facts migration. A census fact replaces a
   * declared one, a declaration never replaces a census fact.
   */
  async recordAge(manager: EntityManager, processId: string, accountId: string, fact: AgeFact): Promise<void> {
    await manager.query(
      `INSERT INTO voter_age_facts (process_id, account_id, source, minimum_age, reached_on) VALUES ($1, $2, $3, $4, $5::date)
       ON CONFLICT (process_id, account_id) DO UPDATE SET source = EXCLUDED.source, minimum_age = EXCLUDED.minimum_age, reached_on = EXCLUDED.reached_on, recorded_at = now()
       WHERE voter_age_facts.source = 'declared' OR EXCLUDED.source = 'census'`,
      [processId, accountId, fact.source, fact.minimumAge, fact.reachedOn],
    );
  }

  /**
   * The resident's own birth date, once, where the process accepts a mere e-mail check; only the
   * fact "old enough from day X" is kept. Declared again only if the minimum age has changed since.
   */
  async declareAge(process: ProcessEntity, accountId: string, body: AgeDeclarationRequest): Promise<EligibilityCheck> {
    await this.dataSource.transaction(async (manager) => {
      const rules = await this.rulesOf(process.id, manager);
      if (!rules.minimumAge) throw budgetErrors.ageNotAsked();
      if (!rules.verifications.includes('email')) throw budgetErrors.ageDeclarationNotAccepted();
      const today = parisToday();
      const birthDate = normaliseBirthDate(body.birthDate);
      if (!birthDate || birthDate > today || birthDate < '1900-01-01') throw budgetErrors.birthDateInvalid();
      const [existing]: Array<{ minimum_age: number }> = await manager.query(
        `SELECT minimum_age FROM voter_age_facts WHERE process_id = $1 AND account_id = $2 FOR UPDATE`,
        [process.id, accountId],
      );
      if (existing && existing.minimum_age === rules.minimumAge) throw budgetErrors.ageAlreadyDeclared();
      await this.recordAge(manager, process.id, accountId, ageFactFrom('declared', birthDate, rules.minimumAge, today));
      // The audit says that a declaration was made, not what it said.
      await this.audit.record(
        { actorId: accountId, action: 'process.age-declaration', objectType: 'process', objectId: process.id, territoryId: process.territoryId, after: { minimumAge: rules.minimumAge } },
        manager,
      );
    });
    return this.check(process, accountId);
  }

  decide(rules: EligibilityRules, facts: VoterFacts, process: ProcessEntity, territoryName: string, scopes: BudgetScope[]): EligibilityDecision {
    return decideEligibility(rules, facts, { id: process.territoryId, name: territoryName }, scopes);
  }

  /** The signed-in resident's answer: where they may vote, why, or what to do. */
  async check(process: ProcessEntity, accountId: string): Promise<EligibilityCheck> {
    const manager = this.dataSource.manager;
    const rules = await this.rulesOf(process.id, manager);
    const facts = await this.factsFor(manager, process.id, { accountId });
    const [territory]: Array<{ name: string }> = await manager.query(`SELECT name FROM territories WHERE id = $1`, [process.territoryId]);
    const decision = this.decide(rules, facts, process, territory?.name ?? '', await this.scopes(manager, process));
    const voted: Array<{ budget_id: string }> = await manager.query(
      `SELECT budget_id FROM participations WHERE process_id = $1 AND (account_id = $2 OR ($3::bytea IS NOT NULL AND identity_hash = $3))`,
      [process.id, accountId, facts.identityHash],
    );
    const votedIn = new Set(voted.map((row) => row.budget_id));
    return { ...decision, budgets: decision.budgets.map((b) => ({ ...b, alreadyVoted: votedIn.has(b.budgetId) })) };
  }
}

/** The stored age fact, or null when the voter has none (the LEFT JOIN gives an object of nulls). */
export function storedAgeFact(age: Partial<AgeFact> | null): AgeFact | null {
  return age?.source && age.reachedOn && typeof age.minimumAge === 'number' ? (age as AgeFact) : null;
}
