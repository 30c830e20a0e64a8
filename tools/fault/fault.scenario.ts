import type { Client } from 'pg';

import type { Cluster } from '../cluster/cluster.runtime';

export interface FaultContext {
  cluster: Cluster;
  db: Client;
  /** Repetitions asked on the command line (--repeat), else the scenario's own default. */
  repeat?: number;
}

/** A fault scenario prints its figures and says whether every check held. */
export interface FaultScenario {
  name: string;
  summary: string;
  run(ctx: FaultContext): Promise<boolean>;
}

/** Prints one check and returns whether it held. */
export function check(label: string, held: boolean, detail = ''): boolean {
  console.log(`  ${held ? 'OK  ' : 'FAIL'} ${label}${detail ? ` — ${detail}` : ''}`);
  return held;
}

export async function ballotRows(
  db: Client,
  budgetId: string,
): Promise<{ ballots: number; register: number }> {
  const { rows } = await db.query(
    `SELECT (SELECT count(*)::int FROM ballots WHERE budget_id = $1) AS ballots,
            (SELECT count(*)::int FROM participations WHERE budget_id = $1) AS register`,
    [budgetId],
  );
  return rows[0];
}

/** Ballots whose projects cost more than the envelope, or name a project outside it (partial or forged). */
export async function invalidBallots(db: Client, budgetId: string): Promise<number> {
  const { rows } = await db.query(
    `SELECT count(*)::int AS n FROM (
       SELECT b.id, g.amount_cents,
              sum(p.cost_cents) AS spent, count(p.id) AS known, jsonb_array_length(b.content->'projectIds') AS named
         FROM ballots b JOIN budgets g ON g.id = b.budget_id
         LEFT JOIN ballot_projects p ON p.budget_id = b.budget_id AND p.id::text IN (SELECT jsonb_array_elements_text(b.content->'projectIds'))
        WHERE b.budget_id = $1 GROUP BY b.id, g.amount_cents, b.content) x
      WHERE x.named = 0 OR x.known <> x.named OR x.spent > x.amount_cents`,
    [budgetId],
  );
  return rows[0].n;
}
