import type { Budget, ProcessDetail } from '@agora/contracts';

import { insertSmallTree, SmallTree } from './territory-fixtures';
import { createAccount, signInAs, signedInAgent, TestContext } from './test-app';

export type Agent = Awaited<ReturnType<typeof signInAs>>;

export interface VoteFixture {
  tree: SmallTree;
  official: Agent;
  staff: Agent;
  process: ProcessDetail;
  /** City-wide, knapsack up to 1 000 €, Method of Equal Shares. */
  city: Budget;
  /** Quartier A1, approval of at most 2 projects, greedy. */
  a1: Budget;
  /** Project ids by title (P600, P500, P300 in the city; Q100, Q200, Q300 in A1). */
  projects: Record<string, string>;
}

/**
 * Commune A with its two quartiers, a budget process with a city-wide envelope and one for quartier
 * A1, projects on both, moved to the vote phase through the API (as an official would).
 */
export async function setUpVote(ctx: TestContext, options: { phase?: string } = {}): Promise<VoteFixture> {
  const tree = await insertSmallTree(ctx);
  const official = await signInAs(ctx, 'official', tree.communeA);
  const staff = await signInAs(ctx, 'staff', tree.communeA);
  const process = (
    await official
      .post('/api/processes')
      .send({ territoryId: tree.communeA, kind: 'budget', slug: 'bp-2026', title: 'Budget participatif 2026', descriptionHtml: '<p>Votez !</p>' })
      .expect(201)
  ).body as ProcessDetail;
  const city = (
    await official
      .post(`/api/processes/${process.id}/budgets`)
      .send({ territoryId: tree.communeA, name: 'Toute la ville', amountCents: 100000, ballotKind: 'knapsack', countingRule: 'mes' })
      .expect(201)
  ).body as Budget;
  const a1 = (
    await official
      .post(`/api/processes/${process.id}/budgets`)
      .send({ territoryId: tree.quartierA1, name: 'Quartier A1', amountCents: 40000, ballotKind: 'approval', maxProjects: 2, countingRule: 'greedy', position: 1 })
      .expect(201)
  ).body as Budget;
  const projects: Record<string, string> = {};
  for (const [budget, title, costCents] of [
    [city, 'P600', 60000],
    [city, 'P500', 50000],
    [city, 'P300', 30000],
    [a1, 'Q100', 10000],
    [a1, 'Q200', 20000],
    [a1, 'Q300', 30000],
  ] as const) {
    const res = await staff.post(`/api/budgets/${budget.id}/projects`).send({ title, costCents, address: 'Place de la mairie' }).expect(201);
    projects[title] = (res.body as Budget).projects.find((p) => p.title === title)!.id;
  }
  await official.post(`/api/processes/${process.id}/phase`).send({ phase: options.phase ?? 'vote' }).expect(200);
  return { tree, official, staff, process, city, a1, projects };
}

/** A signed-in resident living in the given territory (verified e-mail unless told otherwise). */
export async function resident(ctx: TestContext, homeTerritoryId: string | null, options: { verified?: boolean } = {}): Promise<Agent> {
  const browser = await signedInAgent(ctx, options);
  await ctx.sql(`UPDATE accounts SET home_territory_id = $2 WHERE id = $1`, [browser.account.id, homeTerritoryId]);
  return browser;
}

/** An account that never signed in (for counter voting by e-mail). */
export async function offlineResident(ctx: TestContext, homeTerritoryId: string) {
  const account = await createAccount(ctx);
  await ctx.sql(`UPDATE accounts SET home_territory_id = $2 WHERE id = $1`, [account.id, homeTerritoryId]);
  return account;
}

export async function countRows(ctx: TestContext): Promise<{ ballots: number; participations: number }> {
  const [row] = await ctx.sql<{ ballots: number; participations: number }>(
    `SELECT (SELECT count(*)::int FROM ballots) AS ballots, (SELECT count(*)::int FROM participations) AS participations`,
  );
  return row;
}
