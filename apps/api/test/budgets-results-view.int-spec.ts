import request from 'supertest';

import type { Budget, ProcessDetail, ProcessResults } from '@agora/contracts';

import { ConfigError, loadConfig } from '../src/config/app.config';
import { QUERY_COUNT_HEADER } from '../src/diagnostics/query-count.middleware';
import { Agent, resident } from './support/budget-fixtures';
import { createTestContext, signInAs, TestContext } from './support/test-app';
import { insertSmallTree, SmallTree } from './support/territory-fixtures';

/**
 * The public results page reads what was published, in a fixed number of queries (issue 7: at most
 * 20, the same for 10 or 100 projects), and a published result never changes afterwards.
 */
describe('published results: stored once, read in a fixed number of queries', () => {
  let ctx: TestContext;
  let tree: SmallTree;
  let official: Agent;

  /** A budget process with one knapsack envelope of `projects` projects, 3 ballots, counted and published. */
  async function publishedProcess(projects: number): Promise<{ process: ProcessDetail; budget: Budget; published: ProcessResults }> {
    const process = (
      await official
        .post('/api/processes')
        .send({ territoryId: tree.communeA, kind: 'budget', slug: `bp-${projects}-projets`, title: `BP ${projects}`, descriptionHtml: '<p>Votez</p>' })
        .expect(201)
    ).body as ProcessDetail;
    const budget = (
      await official
        .post(`/api/processes/${process.id}/budgets`)
        .send({ territoryId: tree.communeA, name: 'Toute la ville', amountCents: 1_000_000, ballotKind: 'knapsack', countingRule: 'mes' })
        .expect(201)
    ).body as Budget;
    // Straight into the table: a hundred POSTs would only test what the budgets tests already test.
    await ctx.sql(
      `INSERT INTO ballot_projects (budget_id, title, cost_cents, position)
       SELECT $1, 'Projet ' || i, 10000 + i * 1000, i FROM generate_series(1, $2::int) i`,
      [budget.id, projects],
    );
    const ids = (await ctx.sql<{ id: string }>(`SELECT id FROM ballot_projects WHERE budget_id = $1 ORDER BY position`, [budget.id])).map((r) => r.id);
    await official.post(`/api/processes/${process.id}/phase`).send({ phase: 'vote' }).expect(200);
    for (const picks of [[ids[0], ids[1]], [ids[0]], [ids[2], ids[projects - 1]]]) {
      const voter = await resident(ctx, tree.quartierA1);
      await voter.post(`/api/processes/${process.id}/ballots`).send({ budgetId: budget.id, projectIds: picks }).expect(201);
    }
    await official.post(`/api/processes/${process.id}/count`).expect(200);
    const published = (await official.post(`/api/processes/${process.id}/results/publish`).expect(200)).body as ProcessResults;
    return { process, budget, published };
  }

  beforeAll(async () => {
    ctx = await createTestContext({ AGORA_COUNT_QUERIES: '1' });
    tree = await insertSmallTree(ctx);
    official = await signInAs(ctx, 'official', tree.communeA);
  });
  afterAll(() => ctx.close());

  it('answers the public page in the same small number of queries for 10 and for 100 projects', async () => {
    const ten = await publishedProcess(10);
    const hundred = await publishedProcess(100);
    const counts: number[] = [];
    for (const { process, published } of [ten, hundred]) {
      const res = await request(ctx.app.getHttpServer()).get(`/api/processes/${process.slug}/results`).expect(200);
      expect(res.body).toEqual(published);
      counts.push(Number(res.headers[QUERY_COUNT_HEADER.toLowerCase()]));
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[0]).toBeLessThanOrEqual(20);
    expect(counts[1]).toBe(counts[0]);
    expect((hundred.published.budgets[0].projects ?? []).length).toBe(100);
  });

  it('keeps showing what was published when the rows behind it change afterwards', async () => {
    const { process, budget, published } = await publishedProcess(12);
    await ctx.sql(`UPDATE ballot_projects SET title = 'Renommé après coup' WHERE budget_id = $1`, [budget.id]);
    await ctx.sql(`DELETE FROM participations WHERE process_id = $1 AND account_id IN (SELECT account_id FROM participations WHERE process_id = $1 LIMIT 1)`, [process.id]);
    const res = await request(ctx.app.getHttpServer()).get(`/api/processes/${process.id}/results`).expect(200);
    expect(res.body).toEqual(published);
    expect((res.body as ProcessResults).participants).toBe(3);
    expect(JSON.stringify(res.body)).not.toContain('Renommé après coup');
  });

  it('still builds the page of a publication made before published views were stored', async () => {
    const { process, published } = await publishedProcess(11);
    await ctx.sql(`UPDATE result_publications SET view = NULL WHERE process_id = $1`, [process.id]);
    const res = await request(ctx.app.getHttpServer()).get(`/api/processes/${process.slug}/results`).expect(200);
    expect(res.body).toEqual(published);
  });

  it('stores the view in the publishing transaction, with the publication date and the files', async () => {
    const { process, published } = await publishedProcess(13);
    const [row] = await ctx.sql<{ view: ProcessResults; published_at: Date }>(`SELECT view, published_at FROM result_publications WHERE process_id = $1`, [process.id]);
    expect(row.view).toEqual(published);
    expect(row.view.publishedAt).toBe(row.published_at.toISOString());
    expect(row.view.files.map((f) => f.kind).sort()).toEqual(['pabulib', 'projects-csv', 'results-csv']);
  });

  it('refuses to count queries in production, with a message in French and English', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', AGORA_COUNT_QUERIES: '1' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', AGORA_COUNT_QUERIES: '1' })).toThrow(/production.*\/.*only outside production/);
    expect(loadConfig({ AGORA_COUNT_QUERIES: 'oui' }).countQueries).toBe(true);
    expect(loadConfig({}).countQueries).toBe(false);
  });
});
