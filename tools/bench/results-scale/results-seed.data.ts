import { createHash, randomBytes } from 'node:crypto';

import { Client } from 'pg';

/**
 * Straight into the database, so that 250,000 ballots take seconds rather than hours of HTTP: the
 * voters (accounts), then per process a quartier-less commune's budget process in its vote phase
 * with one knapsack envelope, one register entry per voter and one valid ballot each, in matching
 * numbers. Counting and publication are left to the API, as staff would do them.
 */
export interface ResultsSeed {
  processId: string;
  slug: string;
  budgetId: string;
  projects: number;
  ballots: number;
}

const BATCH = 10_000;

/** A small deterministic generator, so two runs seed the same election. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** N verified accounts, created once and shared by every seeded process (a resident votes in each). */
export async function seedVoters(url: string, voters: number): Promise<void> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    await db.query(`CREATE TABLE IF NOT EXISTS bench_result_voters (n int PRIMARY KEY, id uuid NOT NULL)`);
    for (let start = 1; start <= voters; start += 50_000) {
      const end = Math.min(voters, start + 49_999);
      await db.query(
        `WITH created AS (
           INSERT INTO accounts (email, password_hash, display_name, email_verified_at)
           SELECT 'resultats-' || g || '@example.fr', 'not-a-hash', 'Bench', now() FROM generate_series($1::int, $2::int) g
           RETURNING id, email)
         INSERT INTO bench_result_voters (n, id)
         SELECT split_part(split_part(email, '@', 1), '-', 2)::int, id FROM created`,
        [start, end],
      );
    }
  } finally {
    await db.end();
  }
}

/** The official who counts and publishes, signed in: returns the session cookie value. */
export async function seedOfficial(url: string, territoryId: string): Promise<string> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const [{ id }] = (
      await db.query(
        `INSERT INTO accounts (email, password_hash, display_name, email_verified_at)
         VALUES ('elu-resultats-' || gen_random_uuid() || '@example.fr', 'not-a-hash', 'Élu Bench', now()) RETURNING id`,
      )
    ).rows;
    await db.query(`INSERT INTO role_assignments (account_id, role, territory_id) VALUES ($1, 'official', $2)`, [id, territoryId]);
    const token = randomBytes(32).toString('base64url');
    await db.query(`INSERT INTO sessions (account_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
      id,
      createHash('sha256').update(token).digest(),
    ]);
    return token;
  } finally {
    await db.end();
  }
}

/** A budget process in its vote phase whose single envelope holds `ballots` ballots over `projects` projects. */
export async function seedElection(
  url: string,
  options: { communeId: string; projects: number; ballots: number; rule: 'mes' | 'greedy' },
): Promise<ResultsSeed> {
  const db = new Client({ connectionString: url });
  await db.connect();
  const rand = random(options.projects * 7919 + options.ballots);
  try {
    const slug = `resultats-${options.projects}-projets-${randomBytes(3).toString('hex')}`;
    const [{ id: processId }] = (
      await db.query(
        `INSERT INTO processes (territory_id, kind, slug, title, phase) VALUES ($1, 'budget', $2, $3, 'vote') RETURNING id`,
        [options.communeId, slug, `Budget participatif (${options.projects} projets)`],
      )
    ).rows;
    // Costs from 20,000 € to 400,000 €; the envelope funds about a third of their total.
    const costs = Array.from({ length: options.projects }, () => Math.round(2_000_000 + rand() * 38_000_000));
    const amount = Math.round(costs.reduce((a, b) => a + b, 0) / 3);
    const [{ id: budgetId }] = (
      await db.query(
        `INSERT INTO budgets (process_id, territory_id, name, amount_cents, ballot_kind, counting_rule) VALUES ($1, $2, 'Toute la ville', $3, 'knapsack', $4) RETURNING id`,
        [processId, options.communeId, amount, options.rule],
      )
    ).rows;
    const { rows: projectRows } = await db.query(
      `INSERT INTO ballot_projects (budget_id, title, description, cost_cents, position, category, address)
       SELECT $1, 'Projet ' || i, 'Un projet proposé par les habitants.', c, i, (ARRAY['Nature', 'Mobilité', 'Culture', 'Sport'])[1 + i % 4], 'Place de la mairie'
       FROM unnest($2::bigint[]) WITH ORDINALITY AS u(c, i) RETURNING id, cost_cents`,
      [budgetId, costs],
    );
    const ids = projectRows.map((row: { id: string }) => row.id);
    const cost = projectRows.map((row: { cost_cents: string }) => Number(row.cost_cents));
    // Popularity falls with the project's rank, so that counts differ and the rules have choices to make.
    const popularity = ids.map((_, j) => Math.min(0.9, 4 / (j + 6)));

    await db.query(
      `INSERT INTO participations (process_id, budget_id, account_id, channel, voted_on)
       SELECT $1, $2, id, 'online', current_date - (n % 14) FROM bench_result_voters WHERE n <= $3`,
      [processId, budgetId, options.ballots],
    );
    for (let start = 0; start < options.ballots; start += BATCH) {
      const count = Math.min(BATCH, options.ballots - start);
      const contents: string[] = [];
      const receipts: string[] = [];
      for (let b = 0; b < count; b++) {
        const order = ids.map((_, j) => j);
        for (let k = order.length - 1; k > 0; k--) {
          const swap = Math.floor(rand() * (k + 1));
          [order[k], order[swap]] = [order[swap], order[k]];
        }
        const chosen: string[] = [];
        let spent = 0;
        for (const j of order) {
          if (spent + cost[j] > amount || rand() > popularity[j]) continue;
          chosen.push(ids[j]);
          spent += cost[j];
        }
        if (!chosen.length) chosen.push(ids[order.find((j) => cost[j] <= amount) ?? 0]);
        contents.push(JSON.stringify({ projectIds: chosen }));
        receipts.push(randomBytes(32).toString('hex'));
      }
      await db.query(
        `INSERT INTO ballots (budget_id, content, receipt_hash) SELECT $1, c::jsonb, decode(r, 'hex') FROM unnest($2::text[], $3::text[]) AS u(c, r)`,
        [budgetId, contents, receipts],
      );
    }
    await db.query(`UPDATE budgets SET locked_at = now() WHERE id = $1`, [budgetId]);
    await db.query(`VACUUM ANALYZE ballots`);
    await db.query(`VACUUM ANALYZE participations`);
    return { processId, slug, budgetId, projects: options.projects, ballots: options.ballots };
  } finally {
    await db.end();
  }
}

/** A commune to hold the seeded processes. */
export async function seedCommune(url: string): Promise<string> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const [{ id }] = (
      await db.query(
        `INSERT INTO territories (name, slug, kind, insee_code) VALUES ('Bench-Résultats', 'bench-resultats', 'commune', '99998') RETURNING id`,
      )
    ).rows;
    return id;
  } finally {
    await db.end();
  }
}
