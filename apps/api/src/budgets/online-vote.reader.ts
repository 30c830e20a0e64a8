import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { GroupedLookup, keyPlaceholders } from '../database/grouped-lookup.query';
import { preparedQuery } from '../database/prepared-statement.query';
import { processErrors } from '../processes/process.errors';
import type { BudgetRow, VoteContext } from './ballot-box.service';
import { budgetErrors } from './budget.errors';
import { voterFactsCtes } from './voter-facts.query';
import type { AgeFact, VoterFacts } from './eligibility.rule';
import { EligibilityService, ProcessEligibility, storedAgeFact } from './eligibility.service';

interface OnlineRow {
  id: string;
  kind: string;
  phase: string;
  title: string;
  territory_id: string;
  territory_name: string;
  minimum_age: number | null;
  residence: ProcessEligibility['residence'] | null;
  verifications: ProcessEligibility['verifications'] | null;
  salt: Buffer | null;
  scopes: Array<{ id: string; name: string; territoryId: string; territoryName: string }> | null;
  verified: boolean | null;
  census_id: string | null;
  census_quartier: string | null;
  census_hash: Buffer | null;
  age: Partial<AgeFact> | null;
  chain: Array<{ id: string; name: string }> | null;
  budget: Omit<BudgetRow, 'projects' | 'registered'> | null;
  projects: BudgetRow['projects'];
  registered: boolean;
}

/**
 * The one query of {@link OnlineVoteReader.read}, inside the cast's transaction: locks the process and
 * the envelope, reads the projects.
 */
const LOCKING_READ = `WITH RECURSIVE proc AS (
         SELECT id, kind, phase, title, territory_id FROM processes WHERE id = $1 FOR KEY SHARE
       ), ${voterFactsCtes('a.id = $2')}, bud AS (
         SELECT id, territory_id, amount_cents::text, ballot_kind, min_spend_cents::text, min_projects, max_projects, points,
                max_points_per_project, locked_at
         FROM budgets WHERE id = $3 AND process_id = $1 FOR KEY SHARE
       )
       SELECT proc.id, proc.kind, proc.phase, proc.title, proc.territory_id, t.name AS territory_name,
              e.minimum_age, e.residence, e.verifications, e.salt,
              (SELECT json_agg(json_build_object('id', b.id, 'name', b.name, 'territoryId', b.territory_id, 'territoryName', bt.name) ORDER BY b.position, b.created_at)
               FROM budgets b JOIN territories bt ON bt.id = b.territory_id WHERE b.process_id = proc.id) AS scopes,
              (SELECT verified FROM acc) AS verified, (SELECT census_id FROM acc) AS census_id,
              (SELECT census_quartier FROM acc) AS census_quartier, (SELECT census_hash FROM acc) AS census_hash,
              (SELECT age FROM acc) AS age,
              (SELECT json_agg(json_build_object('id', id, 'name', name) ORDER BY depth) FROM chain) AS chain,
              (SELECT row_to_json(bud) FROM bud) AS budget,
              coalesce((SELECT json_agg(json_build_object('id', p.id, 'title', p.title, 'cost', p.cost_cents::text) ORDER BY p.position, p.created_at, p.id)
                        FROM ballot_projects p WHERE p.budget_id = (SELECT id FROM bud)), '[]'::json) AS projects,
              EXISTS (SELECT 1 FROM participations r WHERE r.budget_id = (SELECT id FROM bud)
                      AND (r.account_id = $2 OR r.identity_hash = (SELECT census_hash FROM acc))) AS registered
       FROM proc JOIN territories t ON t.id = proc.territory_id LEFT JOIN process_eligibility e ON e.process_id = proc.id`;
/**
 * Before casts in an envelope already locked (BallotBox.recordInLocked), for the voters whose casts
 * arrived while the previous read was in flight: no lock, the cast statement takes its own; no
 * projects, the caller holds them already (they cannot change any more). The process, its rules and
 * envelopes once; then each voter's account, census entry, age fact and home territories. Prepared, one statement per group size (see
 * {@link keyPlaceholders}): it runs for nearly every ballot.
 */
function groupRead(voters: string): string {
  return `WITH RECURSIVE proc AS (
    SELECT id, kind, phase, title, territory_id FROM processes WHERE id = $1
  ), ${voterFactsCtes(`a.id = ANY(${voters})`)}
  SELECT proc.id, proc.kind, proc.phase, proc.title, proc.territory_id, t.name AS territory_name,
         e.minimum_age, e.residence, e.verifications, e.salt,
         (SELECT json_agg(json_build_object('id', b.id, 'name', b.name, 'territoryId', b.territory_id, 'territoryName', bt.name) ORDER BY b.position, b.created_at)
          FROM budgets b JOIN territories bt ON bt.id = b.territory_id WHERE b.process_id = proc.id) AS scopes,
         EXISTS (SELECT 1 FROM budgets WHERE id = $2 AND process_id = $1) AS envelope,
         (SELECT json_agg(json_build_object(
            'accountId', acc.account_id, 'verified', acc.verified, 'censusId', acc.census_id, 'censusQuartier', acc.census_quartier,
            'censusHash', encode(acc.census_hash, 'hex'), 'age', acc.age,
            'chain', (SELECT json_agg(json_build_object('id', ch.id, 'name', ch.name) ORDER BY ch.depth) FROM chain ch WHERE ch.account_id = acc.account_id)))
          FROM acc) AS voters
  FROM proc JOIN territories t ON t.id = proc.territory_id LEFT JOIN process_eligibility e ON e.process_id = proc.id`;
}

/** One voter of a grouped read, as GROUP_READ returns them. */
interface GroupVoter {
  accountId: string;
  verified: boolean | null;
  censusId: string | null;
  censusQuartier: string | null;
  censusHash: string | null;
  age: Partial<AgeFact> | null;
  chain: Array<{ id: string; name: string }> | null;
}

type GroupRow = Pick<
  OnlineRow,
  'id' | 'kind' | 'phase' | 'title' | 'territory_id' | 'territory_name' | 'minimum_age' | 'residence' | 'verifications' | 'salt' | 'scopes'
> & { envelope: boolean; voters: GroupVoter[] | null };

/**
 * A voter's facts for a cast in a locked envelope, and whether the envelope is one of the process's.
 * Not whether they voted already: the register's unique keys say so when the ballot is written, with
 * an index lookup, where a check here could be planned as a scan while the register is still small.
 */
export interface LockedEnvelopeRead {
  context: VoteContext;
  facts: VoterFacts & { identityHash: Buffer | null };
  envelope: boolean;
}

/** How many envelopes keep a grouped reader in memory; a city runs a handful at a time. */
const GROUPED_ENVELOPES_KEPT = 500;

/**
 * Everything an online cast reads, in one query (the busiest path of a vote: each round trip counts):
 * the process locked FOR KEY SHARE (closing the vote waits for casts in flight), its eligibility rules
 * and envelopes, the voter's account, census entry and home territories, and the envelope voted in,
 * locked FOR KEY SHARE too (a rule change waits), with its projects and whether the voter is registered.
 */
@Injectable()
export class OnlineVoteReader {
  constructor(
    private readonly eligibility: EligibilityService,
    private readonly dataSource: DataSource,
  ) {}

  async read(
    manager: EntityManager,
    processId: string,
    accountId: string,
    budgetId: string,
  ): Promise<{
    context: VoteContext;
    facts: VoterFacts & { identityHash: Buffer | null };
    budget: BudgetRow | null;
  }> {
    const [row]: OnlineRow[] = await manager.query(LOCKING_READ, [processId, accountId, budgetId]);
    if (!row) throw processErrors.notFound();
    return {
      context: await this.contextOf(row, manager),
      facts: factsOf(row),
      budget: row.budget
        ? {
            ...row.budget,
            locked_at: row.budget.locked_at ? new Date(row.budget.locked_at) : null,
            projects: row.projects,
            registered: row.registered,
          }
        : null,
    };
  }

  /**
   * The same facts for a cast in an envelope already locked, without locks or projects, read together
   * with the other casts of this envelope arriving while a read is in flight (one statement for many
   * voters at a vote's opening; a lone cast waits for nothing).
   */
  async readLocked(processId: string, accountId: string, budgetId: string): Promise<LockedEnvelopeRead> {
    const key = `${processId}:${budgetId}`;
    let lookup = this.grouped.get(key);
    if (!lookup) {
      if (this.grouped.size >= GROUPED_ENVELOPES_KEPT) this.grouped.delete(this.grouped.keys().next().value!);
      lookup = new GroupedLookup((accountIds) => this.readGroup(processId, budgetId, accountIds));
      this.grouped.set(key, lookup);
    }
    const read = await lookup.get(accountId);
    if (!read) throw processErrors.notFound();
    return read;
  }

  private readonly grouped = new Map<string, GroupedLookup<LockedEnvelopeRead>>();

  private async readGroup(processId: string, budgetId: string, accountIds: string[]): Promise<Map<string, LockedEnvelopeRead>> {
    const keys = keyPlaceholders(accountIds, 3, 'uuid');
    const [row] = await preparedQuery<GroupRow>(this.dataSource, `cast-read-group-${keys.size}`, groupRead(keys.list), [
      processId,
      budgetId,
      ...keys.padded,
    ]);
    if (!row) return new Map(); // no such process: every cast of the group gets a 404
    const context = await this.contextOf(row, this.dataSource.manager);
    const voters = new Map((row.voters ?? []).map((v) => [v.accountId, v]));
    return new Map(
      accountIds.map((accountId) => {
        const v = voters.get(accountId);
        const facts = factsOf({
          verified: v?.verified ?? null,
          census_id: v?.censusId ?? null,
          census_quartier: v?.censusQuartier ?? null,
          census_hash: v?.censusHash ? Buffer.from(v.censusHash, 'hex') : null,
          age: v?.age ?? null,
          chain: v?.chain ?? null,
        });
        return [accountId, { context, facts, envelope: row.envelope }];
      }),
    );
  }

  /** The process, its eligibility rules and envelopes, from either read. */
  private async contextOf(
    row: Pick<OnlineRow, 'id' | 'kind' | 'phase' | 'title' | 'territory_id' | 'territory_name' | 'minimum_age' | 'residence' | 'verifications' | 'salt' | 'scopes'>,
    manager: EntityManager,
  ): Promise<VoteContext> {
    if (row.kind !== 'budget') throw budgetErrors.notABudgetProcess();
    const rules: ProcessEligibility =
      row.salt && row.residence && row.verifications
        ? { minimumAge: row.minimum_age, residence: row.residence, verifications: row.verifications, salt: row.salt }
        : await this.eligibility.rulesOf(row.id, manager);
    return {
      process: { id: row.id, territoryId: row.territory_id, territoryName: row.territory_name, title: row.title, phase: row.phase },
      rules,
      scopes: (row.scopes ?? []).map((s) => ({ ...s, cityWide: s.territoryId === row.territory_id })),
    };
  }
}

/** The voter's facts as eligibility decides on them, from either read. */
function factsOf(
  row: Pick<OnlineRow, 'verified' | 'census_id' | 'census_quartier' | 'census_hash' | 'age' | 'chain'>,
): VoterFacts & { identityHash: Buffer | null } {
  const chain = row.chain ?? [];
  return {
    emailVerified: !!row.verified,
    census: row.census_id ? { quartierId: row.census_quartier } : null,
    inPerson: false,
    home: chain.length ? { chain: chain.map((t) => t.id), name: chain[0].name } : null,
    age: storedAgeFact(row.age),
    identityHash: row.census_id ? row.census_hash : null,
  };
}
