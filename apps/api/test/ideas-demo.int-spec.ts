import request from 'supertest';

import { DEMO_IDEA_BOX_SLUG } from '../src/ideas/demo/demo-ideas.data';
import { seedDemoData } from '../src/demo/demo.seed';
import { createTestContext, TestContext } from './support/test-app';

describe('demo idea box', () => {
  let ctx: TestContext;
  const get = (path: string) => request(ctx.app.getHttpServer()).get(path);
  const snapshot = async () => [
    await ctx.sql(`SELECT id, updated_at FROM processes WHERE kind = 'ideas' ORDER BY id`),
    await ctx.sql(`SELECT id, answer, updated_at FROM proposals ORDER BY id`),
    await ctx.sql(`SELECT count(*)::int AS n FROM proposal_supports`),
    await ctx.sql(`SELECT count(*)::int AS n FROM proposal_comments`),
  ];

  beforeAll(async () => {
    ctx = await createTestContext();
    await seedDemoData(ctx.app);
  });
  afterAll(async () => ctx.close());

  it('opens one idea box with forty public ideas, shop wishes with a place, and answers in each status', async () => {
    const box = (await get(`/api/idea-boxes/${DEMO_IDEA_BOX_SLUG}`).expect(200)).body;
    expect(box).toMatchObject({ phase: 'proposals', ideasCount: 40 });
    expect(box.answers.retained).toBeGreaterThan(0);
    expect(box.answers.studied).toBeGreaterThan(0);
    expect(box.answers.notRetained).toBeGreaterThan(0);
    expect(box.answers.none).toBeGreaterThan(0);
    const shops = (await get(`/api/idea-boxes/${box.id}/ideas?kind=shop&pageSize=100`).expect(200)).body;
    expect(shops.total).toBeGreaterThanOrEqual(10);
    expect(shops.items.every((s: { shopType: string | null; location: unknown }) => s.shopType && s.location)).toBe(true);
    const cells = (await get(`/api/idea-boxes/${box.id}/shop-demand/cells`).expect(200)).body;
    expect(cells.cells.length).toBeGreaterThan(3);
    const [supports] = await ctx.sql<{ n: number }>(`SELECT count(*)::int AS n FROM proposal_supports`);
    expect(supports.n).toBeGreaterThan(100);
  });

  it('places every idea inside its quartier (the API would refuse a point outside)', async () => {
    const outside = await ctx.sql(
      `SELECT p.id FROM proposals p JOIN territories t ON t.id = p.territory_id
       WHERE p.lat IS NOT NULL AND NOT (p.lat BETWEEN t.bbox_min_lat AND t.bbox_max_lat AND p.lng BETWEEN t.bbox_min_lng AND t.bbox_max_lng)`,
    );
    expect(outside).toEqual([]);
  });

  it('changes nothing when seeded again', async () => {
    const before = await snapshot();
    await seedDemoData(ctx.app);
    expect(await snapshot()).toEqual(before);
  });
});
