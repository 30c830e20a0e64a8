import request from 'supertest';

import type { PrioritisationPage, WorkDetail, WorkPage } from '@agora/contracts';
import { WORK_STATUSES } from '@agora/contracts';

import { seedDemoData } from '../src/demo/demo.seed';
import { DEMO_PRIORITISATION_SLUG } from '../src/works/demo/demo-works.data';
import { createTestContext, TestContext } from './support/test-app';

describe('demo works and prioritisation', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestContext();
    await seedDemoData(ctx.app);
  });
  afterAll(() => ctx.close());

  it('seeds 15 planned works in every status, with timelines and a parent with its children', async () => {
    const rows = await ctx.sql<{ status: string; entries: number; parent_id: string | null }>(
      `SELECT w.status, w.parent_id, (SELECT count(*)::int FROM work_timeline_entries e WHERE e.work_id = w.id) AS entries FROM works w WHERE w.source = 'planned'`,
    );
    expect(rows).toHaveLength(15);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(WORK_STATUSES));
    expect(rows.every((r) => r.entries >= 2)).toBe(true);
    expect(rows.filter((r) => r.parent_id)).toHaveLength(3);
    const [parent] = await ctx.sql<{ id: string }>(`SELECT id FROM works WHERE title = 'Requalification de la place de la Gare'`);
    const page = (await request(ctx.app.getHttpServer()).get(`/api/works/${parent.id}`).expect(200)).body as WorkDetail;
    expect(page).toMatchObject({ progressComputed: true, childCount: 3 });
  });

  it('has turned the funded projects of the published demo budget into works', async () => {
    const [{ n }] = await ctx.sql<{ n: number }>(`SELECT count(*)::int AS n FROM works WHERE source = 'budget_project'`);
    expect(n).toBeGreaterThan(0);
  });

  it('lists the works publicly by quartier', async () => {
    const [quartier] = await ctx.sql<{ id: string }>(`SELECT id FROM territories WHERE slug = 'beaulieu-les-tilleuls'`);
    const page = (await request(ctx.app.getHttpServer()).get(`/api/works?territoryId=${quartier.id}`).expect(200)).body as WorkPage;
    expect(page.items.length).toBeGreaterThanOrEqual(4);
  });

  it('opens a prioritisation of Les Tilleuls’ works', async () => {
    const page = (await request(ctx.app.getHttpServer()).get(`/api/processes/${DEMO_PRIORITISATION_SLUG}/prioritisation`).expect(200)).body as PrioritisationPage;
    expect(page.process.phase).toBe('vote');
    expect(page.prioritisation).toMatchObject({ mode: 'ranking', rankingRule: 'borda', quartierName: 'Les Tilleuls' });
    expect(page.prioritisation.works).toHaveLength(4);
  });

  it('is idempotent', async () => {
    const count = async () => (await ctx.sql<{ n: number }>(`SELECT (SELECT count(*) FROM works) + (SELECT count(*) FROM work_timeline_entries) + (SELECT count(*) FROM prioritisations) AS n`))[0].n;
    const before = await count();
    await seedDemoData(ctx.app);
    expect(await count()).toBe(before);
  });
});
