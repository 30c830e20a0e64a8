import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { preparedQuery } from '../database/prepared-statement.query';
import { processErrors } from '../processes/process.errors';
import type { BudgetRow, VoteContext } from './ballot-box.service';
import { budgetErrors } from './budget.errors';
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

/** The one query of {@link OnlineVoteReader.read}, with or without locks and the envelope's projects. */
function castRead(locking: boolean): string {
  const lock = locking ? ' FOR KEY SHARE' : '';
  const projects = locking
    ? `coalesce((SELECT json_agg(json_build_object('id', p.id, 'title', p.title, 'cost', p.cost_cents::text) ORDER BY p.position, p.created_at, p.id)
                        FROM ballot_projects p WHERE p.budget_id = (SELECT id FROM bud)), '[]'::json)`
    : `'[]'::json`;
  return `WITH RECURSIVE proc AS (
         SELECT id, kind, phase, title, territory_id FROM processes WHERE id = $1${lock}
       ), acc AS (
         SELECT a.email_verified_at IS NOT NULL AND a.deleted_at IS NULL AS verified, a.home_territory_id AS home,
                c.id AS census_id, c.quartier_id AS census_quartier, c.identity_hash AS census_hash,
                json_build_object('source', f.source, 'minimumAge', f.minimum_age, 'reachedOn', to_char(f.reached_on, 'YYYY-MM-DD')) AS age
         FROM accounts a LEFT JOIN census_entries c ON c.matched_by = a.id AND c.process_id = $1
         LEFT JOIN voter_age_facts f ON f.account_id = a.id AND f.process_id = $1 WHERE a.id = $2
       ), chain AS (
         SELECT id, parent_id, name, 0 AS depth FROM territories WHERE id = coalesce((SELECT census_quartier FROM acc), (SELECT home FROM acc))
         UNION ALL
         SELECT t.id, t.parent_id, t.name, c.depth + 1 FROM territories t JOIN chain c ON t.id = c.parent_id WHERE c.depth < 20
       ), bud AS (
         SELECT id, territory_id, amount_cents::text, ballot_kind, min_spend_cents::text, min_projects, max_projects, points,
                max_points_per_project, locked_at
         FROM budgets WHERE id = $3 AND process_id = $1${lock}
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
              ${projects} AS projects,
              EXISTS (SELECT 1 FROM participations r WHERE r.budget_id = (SELECT id FROM bud)
                      AND (r.account_id = $2 OR r.identity_hash = (SELECT census_hash FROM acc))) AS registered
       FROM proc JOIN territories t ON t.id = proc.territory_id LEFT JOIN process_eligibility e ON e.process_id = proc.id`;
}

/** Inside the cast's transaction: locks the process and the envelope, reads the projects. */
const LOCKING_READ = castRead(true);
/**
 * Before a cast in an envelope already locked (BallotBox.recordInLocked): no lock, the cast statement
 * takes its own; no projects, the caller holds them already (they cannot change any more). Prepared:
 * it runs for nearly every ballot.
 */
const PLAIN_READ = castRead(false);

/**
 * Everything an online cast reads, in one query (the busiest path of a vote: each round trip counts):
 * the process locked FOR KEY SHARE (closing the vote waits for casts in flight), its eligibility rules
 * and envelopes, the voter's account, census entry and home territories, and the envelope voted in,
 * locked FOR KEY SHARE too (a rule change waits), with its projects and whether the voter is registered.
 */
@Injectable()
export class OnlineVoteReader {
  constructor(private readonly eligibility: EligibilityService) {}

  async read(
    manager: EntityManager,
    processId: string,
    accountId: string,
    budgetId: string,
    mode: 'locking' | 'plain' = 'locking',
  ): Promise<{
    context: VoteContext;
    facts: VoterFacts & { identityHash: Buffer | null };
    budget: BudgetRow | null;
  }> {
    const values = [processId, accountId, budgetId];
    const [row]: OnlineRow[] =
      mode === 'locking'
        ? await manager.query(LOCKING_READ, values)
        : await preparedQuery<OnlineRow>(manager.connection, 'cast-read', PLAIN_READ, values);
    if (!row) throw processErrors.notFound();
    if (row.kind !== 'budget') throw budgetErrors.notABudgetProcess();
    const rules: ProcessEligibility =
      row.salt && row.residence && row.verifications
        ? {
            minimumAge: row.minimum_age,
            residence: row.residence,
            verifications: row.verifications,
            salt: row.salt,
          }
        : await this.eligibility.rulesOf(row.id, manager);
    const chain = row.chain ?? [];
    return {
      context: {
        process: {
          id: row.id,
          territoryId: row.territory_id,
          territoryName: row.territory_name,
          title: row.title,
          phase: row.phase,
        },
        rules,
        scopes: (row.scopes ?? []).map((s) => ({ ...s, cityWide: s.territoryId === row.territory_id })),
      },
      facts: {
        emailVerified: !!row.verified,
        census: row.census_id ? { quartierId: row.census_quartier } : null,
        inPerson: false,
        home: chain.length ? { chain: chain.map((t) => t.id), name: chain[0].name } : null,
        age: storedAgeFact(row.age),
        identityHash: row.census_id ? row.census_hash : null,
      },
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
}
