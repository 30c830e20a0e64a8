import type { BallotPage, BudgetProcessPage, Territory, TerritoryDetail } from '@agora/contracts';

import { QUERY_COUNT_HEADER } from '../src/diagnostics/query-count.middleware';
import { Agent, resident, setUpVote, VoteFixture } from './support/budget-fixtures';
import { createTestContext, signInAs, TestContext } from './support/test-app';

/**
 * What the ballot page loads when a vote opens (issue 7, tools/bench/vote-opening), in a fixed number
 * of SQL statements per request, the session lookup included: a regression here is paid by thousands
 * of residents within the first minute. The budget per route is exact, so that any added round trip
 * fails here first; it does not grow with the number of envelopes or projects.
 */
describe('ballot page data: a fixed, small number of SQL statements per request', () => {
  let ctx: TestContext;
  let fx: VoteFixture;
  let voter: Agent;

  const queries = (res: { headers: Record<string, string> }) => Number(res.headers[QUERY_COUNT_HEADER.toLowerCase()]);

  /** The page's requests in the order a browser sends them, with the statements each one cost. */
  async function loadBallotPage(browser: Agent): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    counts['csrf'] = queries(await browser.get('/api/auth/csrf').expect(204));
    counts['me'] = queries(await browser.get('/api/me').expect(200));
    counts['territories'] = queries(await browser.get('/api/territories').expect(200));
    const page = await browser.get(`/api/budget-processes/${fx.process.slug}`).expect(200);
    counts['page'] = queries(page);
    const id = (page.body as BudgetProcessPage).process.id;
    counts['eligibility'] = queries(await browser.get(`/api/processes/${id}/eligibility/me`).expect(200));
    counts['ballot'] = queries(await browser.get(`/api/processes/${id}/ballot`).expect(200));
    counts['territory'] = queries(await browser.get(`/api/territories/${fx.tree.communeA}`).expect(200));
    return counts;
  }

  /** One statement finds the session; the rest is the route's own. */
  const BUDGET = { csrf: 1, me: 2, territories: 1, page: 2, eligibility: 3, ballot: 2, territory: 1 };

  beforeAll(async () => {
    ctx = await createTestContext({ AGORA_COUNT_QUERIES: '1' });
    fx = await setUpVote(ctx);
    voter = await resident(ctx, fx.tree.quartierA1);
    // The process's eligibility rules are created on first use: a visit before the vote opens did it.
    await voter.get(`/api/budget-processes/${fx.process.slug}`).expect(200);
  });
  afterAll(() => ctx.close());

  it('loads the whole ballot page in 12 statements, the public territory reads from memory', async () => {
    await loadBallotPage(voter); // the territory list and page are read once, then kept a few seconds
    expect(await loadBallotPage(voter)).toEqual(BUDGET);
  });

  it('reads a territory page in one statement when it is not in memory', async () => {
    const path = `/api/territories/${fx.tree.quartierA2}`;
    expect([queries(await voter.get(path).expect(200)), queries(await voter.get(path).expect(200))]).toEqual([2, 1]);
  });

  it('costs the same with more envelopes and projects', async () => {
    // A city-wide envelope is created before the vote opens; this one goes through the database.
    const [{ id: budgetId }] = await ctx.sql<{ id: string }>(
      `INSERT INTO budgets (process_id, territory_id, name, position, amount_cents, ballot_kind, counting_rule)
       VALUES ($1, $2, 'Troisième enveloppe', 2, 500000, 'knapsack', 'greedy') RETURNING id`,
      [fx.process.id, fx.tree.communeA],
    );
    await ctx.sql(
      `INSERT INTO ballot_projects (budget_id, title, cost_cents, position) SELECT $1, 'Projet ' || g, 1000 * g, g FROM generate_series(1, 30) g`,
      [budgetId],
    );
    await loadBallotPage(voter);
    expect(await loadBallotPage(voter)).toEqual(BUDGET);
    const ballot = (await voter.get(`/api/processes/${fx.process.id}/ballot`).expect(200)).body as BallotPage;
    expect(ballot.budgets.map((b) => b.budget.projects.length)).toEqual([3, 3, 30]);
  });

  it('shows a phase change at once: the process page is never kept', async () => {
    await fx.official.post(`/api/processes/${fx.process.id}/phase`).send({ phase: 'results' }).expect(200);
    const page = (await voter.get(`/api/budget-processes/${fx.process.slug}`).expect(200)).body as BudgetProcessPage;
    expect(page.process.phase).toBe('results');
    await fx.official.post(`/api/processes/${fx.process.id}/phase`).send({ phase: 'vote' }).expect(200);
    expect(((await voter.get(`/api/budget-processes/${fx.process.slug}`).expect(200)).body as BudgetProcessPage).process.phase).toBe('vote');
  });

  it('shows a territory renamed through the API at once, in the list and on its page', async () => {
    await voter.get('/api/territories').expect(200);
    await voter.get(`/api/territories/${fx.tree.quartierA1}`).expect(200);
    const admin = await signInAs(ctx, 'admin', fx.tree.communeA);
    await admin.patch(`/api/territories/${fx.tree.quartierA1}`).send({ name: 'Quartier A1 renommé' }).expect(200);
    const list = (await voter.get('/api/territories').expect(200)).body as Territory[];
    expect(list.find((t) => t.id === fx.tree.quartierA1)?.name).toBe('Quartier A1 renommé');
    const page = (await voter.get(`/api/territories/${fx.tree.quartierA1}`).expect(200)).body as TerritoryDetail;
    expect(page.name).toBe('Quartier A1 renommé');
  });
});
