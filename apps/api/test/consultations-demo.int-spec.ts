import { DataSource } from 'typeorm';

import { isQuestion, type ConsultationDefinition } from '@agora/consultation-rules';

import {
  DEMO_HALL_RESPONSES,
  DEMO_HALL_SLUG,
  DEMO_STREET_SLUG,
} from '../src/consultations/demo/demo-consultations.data';
import { CreateConsultations1763800500000 } from '../src/database/migrations/1763800500000-CreateConsultations';
import { seedDemoData } from '../src/demo/demo.seed';
import { agent, createTestContext, type TestContext } from './support/test-app';

describe('consultations: demo data', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestContext();
    await seedDemoData(ctx.app);
  });
  afterAll(() => ctx.close());

  it('seeds the open market-hall consultation with ten questions of varied types and 300 answers', async () => {
    const page = await agent(ctx.app).get(`/api/consultations/${DEMO_HALL_SLUG}`).expect(200);
    expect(page.body.title).toBe('Rénovation de la halle du marché');
    expect(page.body.acceptingAnswers).toBe(true);
    const questions = (page.body.definition as ConsultationDefinition).questions.filter(isQuestion);
    expect(questions).toHaveLength(10);
    expect(new Set(questions.map((q) => q.type))).toEqual(
      new Set([
        'single-choice',
        'multiple-choice',
        'linear-scale',
        'ranking',
        'matrix',
        'yes-no',
        'number',
        'rating',
        'map-point',
        'long-text',
      ]),
    );
    expect(questions.filter((q) => q.condition)).toHaveLength(2);
    expect(page.body.respondents).toBe(DEMO_HALL_RESPONSES);
    const results = await agent(ctx.app).get(`/api/consultations/${page.body.id}/results`).expect(200);
    expect(results.body.results.respondents).toBe(DEMO_HALL_RESPONSES);
    const quartiers = await agent(ctx.app)
      .get(`/api/consultations/${page.body.id}/results`)
      .query({ quartierId: results.body.quartiers[0].id })
      .expect(200);
    expect(quartiers.body.results.respondents).toBeGreaterThan(0);
    expect(quartiers.body.results.respondents).toBeLessThan(DEMO_HALL_RESPONSES);
  });

  it('seeds a closed consultation with published conclusions and open data', async () => {
    const page = await agent(ctx.app).get(`/api/consultations/${DEMO_STREET_SLUG}`).expect(200);
    expect(page.body.status).toBe('closed');
    expect(page.body.conclusions.retainedHtml).toContain('majorité');
    expect(page.body.files).toHaveLength(3);
    await agent(ctx.app).get(page.body.files[0].url).expect(200);
  });

  it('is idempotent: a second run changes nothing', async () => {
    const snapshot = () =>
      ctx.sql(
        `SELECT c.slug, c.updated_at, (SELECT count(*)::int FROM consultation_responses r WHERE r.consultation_id = c.id) AS n FROM consultations c ORDER BY slug`,
      );
    const before = await snapshot();
    await seedDemoData(ctx.app);
    expect(await snapshot()).toEqual(before);
  });

  // Last: it drops the tables of this test's database.
  it('has a migration whose down removes every consultation table and whose up brings them back', async () => {
    const tables = async () =>
      (
        await ctx.sql<{ table_name: string }>(
          `SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'consultation%' ORDER BY 1`,
        )
      ).map((t) => t.table_name);
    const all = await tables();
    expect(all).toHaveLength(7);
    const runner = ctx.app.get(DataSource).createQueryRunner();
    try {
      await new CreateConsultations1763800500000().down(runner);
      expect(await tables()).toEqual([]);
      await new CreateConsultations1763800500000().up(runner);
      expect(await tables()).toEqual(all);
    } finally {
      await runner.release();
    }
  });
});
