import { randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type { AgeDeclarationRequest, Budget, Eligibility, EligibilityCheck, EligibilityRequest, ProcessPhase } from '@agora/contracts';

import { AuditService } from '../audit/audit.service';
import { preparedQuery } from '../database/prepared-statement.query';
import type { ProcessEntity } from '../processes/process.entity';
import { processErrors } from '../processes/process.errors';
import { PROCESS_OWNERS, ProcessesService } from '../processes/processes.service';
import { budgetErrors } from './budget.errors';
import { budgetFromJson, BudgetJson, budgetsJson } from './budget.mapper';
import { AgeFact, ageFactFrom, BudgetScope, decideEligibility, EligibilityRules, eligibilityText, parisToday, VoterFacts } from './eligibility.rule';
import { normaliseBirthDate } from './census.rule';
import { voterFactsCtes } from './voter-facts.query';

export interface ProcessEligibility extends EligibilityRules {
  salt: Buffer;
}

/** The public answer: the rules and, in plain words, who may vote. */
export function eligibilityView(rules: EligibilityRules, territoryName: string): Eligibility {
  return { minimumAge: rules.minimumAge, residence: rules.residence, verifications: rules.verifications, text: eligibilityText(rules, territoryName) };
}

/** Everything the signed-in resident's eligibility (and ballot page) is decided from, read in one round trip. */
export interface VoterRead {
  process: { id: string; kind: string; phase: ProcessPhase; territoryId: string; territoryName: string };
  /** Null until the process's rules row exists (created on first use by rulesOf). */
  rules: EligibilityRules | null;
  facts: VoterFacts;
  /** The envelopes in their order, whether this voter (or their census identity) is in each one's register, and the whole envelope when asked. */
  budgets: Array<BudgetScope & { voted: boolean; budget: Budget | null }>;
}

interface VoterReadRow {
  id: string;
  kind: string;
  phase: ProcessPhase;
  territory_id: string;
  territory_name: string;
  minimum_age: number | null;
  residence: EligibilityRules['residence'] | null;
  verifications: EligibilityRules['verifications'] | null;
  verified: boolean | null;
  census_id: string | null;
  census_quartier: string | null;
  age: Partial<AgeFact> | null;
  chain: Array<{ id: string; name: string }> | null;
  budgets: Array<BudgetJson & { voted: boolean }>;
}

/**
 * The one query of {@link EligibilityService.voterRead} ($1 the process, $2 the account): the process,
 * its rules, the account with its census entry, age fact and home territories (as factsFor reads them),
 * and each envelope with whether the voter is already in its register (by account or census identity:
 * per envelope, so that the register's (budget_id, …) unique indexes answer).
 */
function voterReadQuery(projects: boolean): string {
  return `WITH RECURSIVE ${voterFactsCtes('a.id = $2')}
  SELECT p.id, p.kind, p.phase, p.territory_id, coalesce(t.name, '') AS territory_name, e.minimum_age, e.residence, e.verifications,
         (SELECT verified FROM acc) AS verified, (SELECT census_id FROM acc) AS census_id,
         (SELECT census_quartier FROM acc) AS census_quartier, (SELECT age FROM acc) AS age,
         (SELECT json_agg(json_build_object('id', id, 'name', name) ORDER BY depth) FROM chain) AS chain,
         ${budgetsJson({
           projects,
           extra: {
             voted: `EXISTS (SELECT 1 FROM participations r WHERE r.budget_id = b.id
                       AND (r.account_id = $2 OR r.identity_hash = (SELECT census_hash FROM acc WHERE census_id IS NOT NULL)))`,
           },
         })} AS budgets
  FROM processes p LEFT JOIN territories t ON t.id = p.territory_id LEFT JOIN process_eligibility e ON e.process_id = p.id
  WHERE p.id = $1`;
}
/** Prepared (parsed and planned once per connection): every resident opening the vote runs them. */
const VOTER_READ = voterReadQuery(false);
const VOTER_READ_WHOLE = voterReadQuery(true);

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
    return eligibilityView(rules, territory?.name ?? '');
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

  /** The signed-in resident's answer: where they may vote, why, or what to do. One round trip. */
  async check(process: ProcessEntity, accountId: string): Promise<EligibilityCheck> {
    return this.checkFrom(await this.voterRead(process.id, accountId));
  }

  /** The same answer from a read already made (the ballot page decides from the one read it makes). */
  async checkFrom(read: VoterRead): Promise<EligibilityCheck> {
    const rules = read.rules ?? (await this.rulesOf(read.process.id));
    const territory = { id: read.process.territoryId, name: read.process.territoryName };
    const decision = decideEligibility(rules, read.facts, territory, read.budgets, todayInParis());
    const voted = new Map(read.budgets.map((budget) => [budget.id, budget.voted]));
    return { ...decision, budgets: decision.budgets.map((b) => ({ ...b, alreadyVoted: voted.get(b.budgetId) ?? false })) };
  }

  /**
   * Everything the resident's eligibility is decided from, in one query; with `wholeBudgets`, each
   * envelope whole too, with its projects (the ballot page). An unknown process is a 404, and another
   * kind of process than a budget is refused as BudgetsService.budgetProcess refuses it.
   */
  async voterRead(processId: string, accountId: string, options: { wholeBudgets?: boolean } = {}): Promise<VoterRead> {
    const [row] = options.wholeBudgets
      ? await preparedQuery<VoterReadRow>(this.dataSource, 'voter-read-whole', VOTER_READ_WHOLE, [processId, accountId])
      : await preparedQuery<VoterReadRow>(this.dataSource, 'voter-read', VOTER_READ, [processId, accountId]);
    if (!row) throw processErrors.notFound();
    if (row.kind !== 'budget') throw budgetErrors.notABudgetProcess();
    const chain = row.chain ?? [];
    return {
      process: { id: row.id, kind: row.kind, phase: row.phase, territoryId: row.territory_id, territoryName: row.territory_name },
      rules: row.residence && row.verifications ? { minimumAge: row.minimum_age, residence: row.residence, verifications: row.verifications } : null,
      facts: {
        emailVerified: !!row.verified,
        census: row.census_id ? { quartierId: row.census_quartier } : null,
        inPerson: false,
        home: chain.length ? { chain: chain.map((t) => t.id), name: chain[0].name } : null,
        age: storedAgeFact(row.age),
      },
      budgets: row.budgets.map((budget) => ({
        id: budget.id,
        name: budget.name,
        territoryId: budget.territoryId,
        territoryName: budget.territoryName ?? '',
        cityWide: budget.territoryId === row.territory_id,
        voted: budget.voted,
        budget: options.wholeBudgets ? budgetFromJson(budget, row.territory_id) : null,
      })),
    };
  }
}

/**
 * parisToday() for now, worked out once per UTC hour: Paris is one or two whole hours ahead of UTC, so
 * its date can only change at the top of a UTC hour, and formatting a date in a time zone costs about
 * a tenth of a millisecond, which every eligibility check and ballot page paid.
 */
let parisDay = { hour: -1, day: '' };
export function todayInParis(now: number = Date.now()): string {
  const hour = Math.floor(now / 3_600_000);
  if (hour !== parisDay.hour) parisDay = { hour, day: parisToday(new Date(now)) };
  return parisDay.day;
}

/** The stored age fact, or null when the voter has none (the LEFT JOIN gives an object of nulls). */
export function storedAgeFact(age: Partial<AgeFact> | null): AgeFact | null {
  return age?.source && age.reachedOn && typeof age.minimumAge === 'number' ? (age as AgeFact) : null;
}
