import { createHash, randomBytes } from 'node:crypto';

import { Client } from 'pg';

export interface BenchSeed {
  processId: string;
  /** The envelope the API fills. */
  apiBudgetId: string;
  /** The twin envelope (same rules, same indexes) pgbench fills with bare SQL. */
  sqlBudgetId: string;
  projectIds: string[];
  /** The quartier every voter lives in (the register records it with each participation). */
  quartierId: string;
  /** One signed-in session per voter (cookie value). */
  tokens: string[];
}

const PROJECT_COSTS = [3_000_000, 2_500_000, 2_000_000, 1_500_000, 1_200_000, 1_000_000, 800_000, 500_000, 300_000, 200_000];

/**
 * N distinct eligible voters, each with a verified account in the quartier and an open session
 * (written straight into the database: signing 20,000 people in through argon2 would be the benchmark).
 */
export async function seedBench(url: string, voters: number): Promise<BenchSeed> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const [{ id: commune }] = (await db.query(`INSERT INTO territories (name, slug, kind, insee_code) VALUES ('Bench-Ville', 'bench-ville', 'commune', '99999') RETURNING id`)).rows;
    const [{ id: quartier }] = (await db.query(`INSERT INTO territories (parent_id, name, slug, kind) VALUES ($1, 'Bench Nord', 'bench-nord', 'quartier') RETURNING id`, [commune])).rows;
    const [{ id: processId }] = (await db.query(`INSERT INTO processes (territory_id, kind, slug, title, phase) VALUES ($1, 'budget', 'bench-bp', 'Bench', 'vote') RETURNING id`, [commune])).rows;
    const budget = async (name: string) =>
      (
        await db.query(
          `INSERT INTO budgets (process_id, territory_id, name, amount_cents, ballot_kind, counting_rule) VALUES ($1, $2, $3, 10000000, 'knapsack', 'mes') RETURNING id`,
          [processId, commune, name],
        )
      ).rows[0].id as string;
    const apiBudgetId = await budget('API');
    const sqlBudgetId = await budget('SQL');
    const projectIds: string[] = [];
    for (const [i, cost] of PROJECT_COSTS.entries()) {
      for (const budgetId of [apiBudgetId, sqlBudgetId]) {
        const { rows } = await db.query(`INSERT INTO ballot_projects (budget_id, title, cost_cents, position) VALUES ($1, $2, $3, $4) RETURNING id`, [budgetId, `Projet ${i + 1}`, cost, i]);
        if (budgetId === apiBudgetId) projectIds.push(rows[0].id);
      }
    }
    const tokens: string[] = [];
    await db.query(`CREATE TABLE bench_voters (n bigint PRIMARY KEY, id uuid NOT NULL)`);
    for (let start = 0; start < voters; start += 5000) {
      const count = Math.min(5000, voters - start);
      const { rows } = await db.query(
        `INSERT INTO accounts (email, password_hash, display_name, email_verified_at, home_territory_id)
         SELECT 'bench-' || g || '@example.fr', 'not-a-hash', 'Bench', now(), $3 FROM generate_series($1::int, $2::int) g RETURNING id`,
        [start + 1, start + count, quartier],
      );
      const ids = rows.map((row: { id: string }) => row.id);
      const batch = ids.map(() => randomBytes(32).toString('base64url'));
      tokens.push(...batch);
      // Last used two minutes ago (the voter read the ballot page, then took their time): every cast
      // also rolls its session's expiry forward, as a real cast often does; the API's worst case.
      await db.query(
        `INSERT INTO sessions (account_id, token_hash, expires_at, last_seen_at)
         SELECT a, h, now() + interval '1 day', now() - interval '2 minutes' FROM unnest($1::uuid[], $2::bytea[]) AS u(a, h)`,
        [ids, batch.map((t) => createHash('sha256').update(t).digest())],
      );
      await db.query(`INSERT INTO bench_voters (n, id) SELECT $1::int + ord, a FROM unnest($2::uuid[]) WITH ORDINALITY AS u(a, ord)`, [start, ids]);
    }
    await db.query(`CREATE SEQUENCE bench_voter_seq`);
    await db.query('VACUUM ANALYZE');
    return { processId, apiBudgetId, sqlBudgetId, projectIds, quartierId: quartier, tokens };
  } finally {
    await db.end();
  }
}

/**
 * The bare-SQL twin of one API cast: the register entry and the ballot in one transaction, with the
 * same tables, constraints and indexes, the same columns filled (the API adds the session, eligibility,
 * validation and the receipt).
 */
export function pgbenchScript(seed: BenchSeed): string {
  const content = JSON.stringify({ projectIds: seed.projectIds.slice(0, 3) });
  return [
    'BEGIN;',
    `SELECT nextval('bench_voter_seq') AS n \\gset`,
    `INSERT INTO participations (process_id, budget_id, account_id, channel, quartier_id) VALUES ('${seed.processId}', '${seed.sqlBudgetId}', (SELECT id FROM bench_voters WHERE n = :n), 'online', '${seed.quartierId}');`,
    `INSERT INTO ballots (budget_id, content, receipt_hash) VALUES ('${seed.sqlBudgetId}', '${content}', sha256(convert_to(gen_random_uuid()::text, 'UTF8')));`,
    'END;',
    '',
  ].join('\n');
}
