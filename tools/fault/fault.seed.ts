import { createHash, randomBytes } from 'node:crypto';

import { Client } from 'pg';

import { PasswordHasher } from '../../apps/api/src/identity/password.hasher';

/** Project costs in cents; together they exceed the 10 000 000 envelope, so a knapsack must choose. */
export const PROJECT_COSTS = [4_000_000, 3_500_000, 3_000_000, 2_500_000, 2_000_000, 1_000_000];
export const ENVELOPE_CENTS = 10_000_000;

export interface FaultSeed {
  communeId: string;
  processId: string;
  budgetId: string;
  projectIds: string[];
  costs: Record<string, number>;
}

export interface Voter {
  id: string;
  email: string;
  /** Session cookie value. */
  token: string;
}

/**
 * A commune, a quartier, a budget process in its vote phase with one knapsack envelope: written
 * straight into the database, every run under fresh names so scenarios share one cluster.
 */
export async function seedVote(db: Client): Promise<FaultSeed> {
  const tag = randomBytes(4).toString('hex');
  const [{ id: communeId }] = (
    await db.query(`INSERT INTO territories (name, slug, kind) VALUES ($1, $2, 'commune') RETURNING id`, [
      `Faute-${tag}`,
      `faute-${tag}`,
    ])
  ).rows;
  const [{ id: processId }] = (
    await db.query(
      `INSERT INTO processes (territory_id, kind, slug, title, phase) VALUES ($1, 'budget', $2, 'Fault', 'vote') RETURNING id`,
      [communeId, `fault-${tag}`],
    )
  ).rows;
  const [{ id: budgetId }] = (
    await db.query(
      `INSERT INTO budgets (process_id, territory_id, name, amount_cents, ballot_kind, counting_rule) VALUES ($1, $2, 'Ville', $3, 'knapsack', 'greedy') RETURNING id`,
      [processId, communeId, ENVELOPE_CENTS],
    )
  ).rows;
  const projectIds: string[] = [];
  const costs: Record<string, number> = {};
  for (const [i, cost] of PROJECT_COSTS.entries()) {
    const { rows } = await db.query(
      `INSERT INTO ballot_projects (budget_id, title, cost_cents, position) VALUES ($1, $2, $3, $4) RETURNING id`,
      [budgetId, `Projet ${i + 1}`, cost, i],
    );
    projectIds.push(rows[0].id);
    costs[rows[0].id] = cost;
  }
  return { communeId, processId, budgetId, projectIds, costs };
}

/** N verified residents of the commune, each with an open session (argon2 sign-ins would be the test). */
export async function seedVoters(
  db: Client,
  communeId: string,
  count: number,
  password?: string,
): Promise<Voter[]> {
  const passwordHash = password ? await new PasswordHasher().hash(password) : 'not-a-hash';
  const voters: Voter[] = [];
  for (let start = 0; start < count; start += 5000) {
    const n = Math.min(5000, count - start);
    const emails = Array.from({ length: n }, () => `fault-${randomBytes(6).toString('hex')}@example.fr`);
    const { rows } = await db.query(
      `INSERT INTO accounts (email, password_hash, display_name, email_verified_at, home_territory_id)
       SELECT e, $2, 'Fault', now(), $3 FROM unnest($1::text[]) AS e RETURNING id, email`,
      [emails, passwordHash, communeId],
    );
    const tokens = rows.map(() => randomBytes(32).toString('base64url'));
    await db.query(
      `INSERT INTO sessions (account_id, token_hash, expires_at) SELECT a, h, now() + interval '1 day' FROM unnest($1::uuid[], $2::bytea[]) AS u(a, h)`,
      [rows.map((row: { id: string }) => row.id), tokens.map((t) => createHash('sha256').update(t).digest())],
    );
    rows.forEach((row: { id: string; email: string }, i: number) =>
      voters.push({ id: row.id, email: row.email, token: tokens[i] }),
    );
  }
  return voters;
}

/** A signed-in account holding `role` on the territory. */
export async function seedRole(db: Client, territoryId: string, role: 'staff' | 'official'): Promise<Voter> {
  const [person] = await seedVoters(db, territoryId, 1);
  await db.query(`INSERT INTO role_assignments (account_id, role, territory_id) VALUES ($1, $2, $3)`, [
    person.id,
    role,
    territoryId,
  ]);
  return person;
}

export async function connect(url: string): Promise<Client> {
  const db = new Client({ connectionString: url });
  await db.connect();
  return db;
}
