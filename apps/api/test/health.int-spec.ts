import request from 'supertest';

import { agent, createTestContext, TestContext } from './support/test-app';

describe('health and errors', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  it('answers 200 when PostgreSQL answers', async () => {
    const res = await request(ctx.app.getHttpServer()).get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('answers an unknown API route with a 404 in French and English', async () => {
    const res = await request(ctx.app.getHttpServer()).get('/api/nothing-here').expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND', message: { fr: expect.any(String), en: expect.any(String) } });
  });

  it('has applied the migrations in the test database', async () => {
    const rows = await ctx.sql<{ n: string }>('SELECT count(*)::text AS n FROM schema_migrations');
    expect(Number(rows[0].n)).toBeGreaterThanOrEqual(0);
  });
});

describe('malformed bodies', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  it('answers malformed JSON with 400 INVALID_JSON in French and English', async () => {
    const res = await agent(ctx.app)
      .post('/api/auth/sign-in')
      .set('Content-Type', 'application/json')
      .send('{"email": "a@b.fr",');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'INVALID_JSON', message: { fr: expect.any(String), en: expect.any(String) } });
  });

  it('answers a body over the limit with 413', async () => {
    const res = await agent(ctx.app)
      .post('/api/auth/sign-in')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ email: 'a@b.fr', password: 'x'.repeat(1_100_000) }));
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
