import { randomUUID } from 'node:crypto';

import request from 'supertest';

import { setUpVote } from './support/budget-fixtures';
import { insertProcess, proposalBody } from './support/proposal-fixtures';
import { discoverRoutes } from './support/routes';
import { agent, createTestContext, signInAs, TestContext } from './support/test-app';

/** What an attacker adds to a write to promote themselves, move an object or forge its history. */
const INJECTED_ID = randomUUID();
const INJECTED_DATE = '2001-02-03T04:05:06.000Z';
const EXTRA_FIELDS = {
  role: 'admin',
  status: 'selected',
  voterId: INJECTED_ID,
  createdAt: INJECTED_DATE,
  id: INJECTED_ID,
  isAdmin: true,
};

function writeRoutes(ctx: TestContext): Array<{ method: 'post' | 'put' | 'patch'; path: string }> {
  return discoverRoutes(ctx.app)
    .map((route) => ({ method: route.method.toLowerCase(), path: route.path }))
    .filter((route): route is { method: 'post' | 'put' | 'patch'; path: string } =>
      ['post', 'put', 'patch'].includes(route.method),
    );
}

describe('security', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  describe('probes', () => {
    it('answers liveness without the database and readiness once every migration is applied', async () => {
      await request(ctx.app.getHttpServer()).get('/api/health/live').expect(200, { status: 'ok' });
      await request(ctx.app.getHttpServer()).get('/api/health/ready').expect(200, { status: 'ok' });
    });

    it('reports a pending migration as not ready (503) in French and English', async () => {
      const [last] = await ctx.sql<{ id: number; timestamp: string; name: string }>(
        `SELECT id, timestamp, name FROM schema_migrations ORDER BY id DESC LIMIT 1`,
      );
      await ctx.sql(`DELETE FROM schema_migrations WHERE id = $1`, [last.id]);
      try {
        const res = await request(ctx.app.getHttpServer()).get('/api/health/ready').expect(503);
        expect(res.body).toMatchObject({
          code: 'MIGRATIONS_PENDING',
          message: { fr: expect.any(String), en: expect.any(String) },
        });
        await request(ctx.app.getHttpServer()).get('/api/health/live').expect(200);
      } finally {
        await ctx.sql(`INSERT INTO schema_migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [
          last.id,
          last.timestamp,
          last.name,
        ]);
      }
    });
  });

  describe('headers', () => {
    it('sends a strict Content-Security-Policy and no framework or server banner', async () => {
      const res = await request(ctx.app.getHttpServer()).get('/api/health').expect(200);
      const csp = String(res.headers['content-security-policy']);
      const directives = Object.fromEntries(
        csp
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...values]) => [name, values]),
      );
      expect(directives['default-src']).toEqual(["'self'"]);
      expect(directives['script-src']).toEqual(["'self'"]);
      expect(directives['script-src-attr']).toEqual(["'none'"]);
      expect(directives['object-src']).toEqual(["'none'"]);
      expect(directives['frame-ancestors']).toEqual(["'none'"]);
      expect(directives['base-uri']).toEqual(["'self'"]);
      expect(csp).not.toMatch(/unsafe-eval|https:(?!\/)|\*/);
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['server']).toBeUndefined();
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    });

    it('sends HSTS and upgrades requests when the public address is https', async () => {
      const https = await createTestContext({ PUBLIC_URL: 'https://participez.example.fr' });
      try {
        const res = await request(https.app.getHttpServer()).get('/api/health').expect(200);
        expect(res.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
        expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
      } finally {
        await https.close();
      }
    });

    it('sends HSTS and Secure cookies over https through a trusted proxy (X-Forwarded-Proto), not over plain http', async () => {
      const proxied = await createTestContext({ TRUST_PROXY: '1' });
      try {
        const server = proxied.app.getHttpServer();
        const viaHttps = await request(server).get('/api/auth/csrf').set('X-Forwarded-Proto', 'https');
        expect(viaHttps.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
        const csrfCookie = ([] as string[])
          .concat(viaHttps.headers['set-cookie'] ?? [])
          .find((c) => c.startsWith('XSRF-TOKEN='));
        expect(csrfCookie).toMatch(/;\s*Secure/i);
        const plain = await request(server).get('/api/auth/csrf');
        expect(plain.headers['strict-transport-security']).toBeUndefined();
        expect(([] as string[]).concat(plain.headers['set-cookie'] ?? []).join('\n')).not.toMatch(
          /;\s*Secure/i,
        );
        expect(viaHttps.headers['x-powered-by']).toBeUndefined();
        expect(viaHttps.headers['server']).toBeUndefined();
      } finally {
        await proxied.close();
      }
      // Without a trusted proxy, a client cannot pretend to be on https.
      const spoofed = await request(ctx.app.getHttpServer())
        .get('/api/health')
        .set('X-Forwarded-Proto', 'https');
      expect(spoofed.headers['strict-transport-security']).toBeUndefined();
    });

    it('sets the session cookie httpOnly and SameSite, and the CSRF cookie SameSite', async () => {
      const browser = await signInAs(ctx, null);
      const res = await browser
        .post('/api/auth/sign-in')
        .send({ email: browser.account.email, password: browser.account.password })
        .expect(200);
      const session = ([] as string[])
        .concat(res.headers['set-cookie'] ?? [])
        .find((c) => c.startsWith('agora_session='));
      expect(session).toMatch(/HttpOnly/i);
      expect(session).toMatch(/SameSite=(Lax|Strict)/i);
      expect(session).toMatch(/Path=\//i);
      const csrf = await request(ctx.app.getHttpServer()).get('/api/auth/csrf');
      expect(
        ([] as string[]).concat(csrf.headers['set-cookie'] ?? []).find((c) => c.startsWith('XSRF-TOKEN=')),
      ).toMatch(/SameSite=(Lax|Strict)/i);
    });

    it('answers errors without a stack trace, SQL or file path', async () => {
      const res = await agent(ctx.app)
        .post('/api/auth/sign-in')
        .set('content-type', 'application/json')
        .send('{"email":')
        .expect(400);
      expect(res.body.code).toBe('INVALID_JSON');
      const notFound = await request(ctx.app.getHttpServer()).get(`/api/processes/${randomUUID()}`);
      expect(notFound.status).toBe(404);
      for (const body of [res.text, notFound.text])
        expect(body).not.toMatch(/\bat \S+ \(|node_modules|\/src\/|SELECT |INSERT INTO|QueryFailedError/);
    });
  });

  describe('mass assignment', () => {
    let fx: Awaited<ReturnType<typeof setUpVote>>;
    beforeAll(async () => {
      fx = await setUpVote(ctx);
    });

    it('refuses or ignores extra fields on every write route, and stores none of them', async () => {
      const tree = fx.tree;
      // Holds every role on the whole métropole: the access check lets each write reach validation.
      const everything = await signInAs(ctx, 'admin', tree.metropole);
      for (const role of ['staff', 'official', 'citizen'])
        await ctx.sql(`INSERT INTO role_assignments (account_id, role, territory_id) VALUES ($1, $2, $3)`, [
          everything.account.id,
          role,
          tree.metropole,
        ]);
      const answers: string[] = [];
      let refusedByValidation = 0;
      for (const route of writeRoutes(ctx)) {
        const path = route.path.replace(/:\w+/g, () => tree.communeA);
        const res = await everything[route.method](path).send({
          ...EXTRA_FIELDS,
          territoryId: tree.communeA,
        });
        if (res.status === 400 && res.body?.code === 'VALIDATION_FAILED') refusedByValidation++;
        if (
          res.status >= 500 ||
          (res.status < 300 &&
            res.body?.code === undefined &&
            JSON.stringify(res.body ?? {}).includes(INJECTED_ID))
        )
          answers.push(`${route.method.toUpperCase()} ${route.path}: ${res.status}`);
      }
      expect(answers).toEqual([]);
      expect(refusedByValidation).toBeGreaterThan(20);
      // Nothing anywhere holds the injected id or date, and nobody was made admin elsewhere.
      const columns = await ctx.sql<{ table_name: string; column_name: string; data_type: string }>(
        `SELECT table_name, column_name, data_type FROM information_schema.columns
          WHERE table_schema = 'public' AND (data_type = 'uuid' OR data_type LIKE 'timestamp%')`,
      );
      const stored: string[] = [];
      for (const column of columns) {
        const value = column.data_type === 'uuid' ? INJECTED_ID : INJECTED_DATE;
        const [row] = await ctx.sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM "${column.table_name}" WHERE "${column.column_name}" = $1`,
          [value],
        );
        if (row.n) stored.push(`${column.table_name}.${column.column_name}`);
      }
      expect(stored).toEqual([]);
    }, 300_000);

    it('refuses a proposal that sets its own status, author or date, and saves nothing', async () => {
      const processId = await insertProcess(ctx, fx.tree.communeA);
      const author = await signInAs(ctx, null);
      const [before] = await ctx.sql<{ n: number }>(`SELECT count(*)::int AS n FROM proposals`);
      const res = await author
        .post(`/api/processes/${processId}/proposals`)
        .send(proposalBody({ status: 'selected', authorId: INJECTED_ID, createdAt: INJECTED_DATE }))
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.message.en).toBeTruthy();
      const [after] = await ctx.sql<{ n: number }>(`SELECT count(*)::int AS n FROM proposals`);
      expect(after.n).toBe(before.n);
    });

    it('refuses a ballot that names its voter, and records no participation', async () => {
      const voter = await signInAs(ctx, null);
      await ctx.sql(`UPDATE accounts SET home_territory_id = $2 WHERE id = $1`, [
        voter.account.id,
        fx.tree.quartierA1,
      ]);
      const res = await voter
        .post(`/api/processes/${fx.process.id}/ballots`)
        .send({
          budgetId: fx.a1.id,
          projectIds: [fx.projects['Q100']],
          voterId: INJECTED_ID,
          channel: 'counter',
        })
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      const [row] = await ctx.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM participations WHERE budget_id = $1`,
        [fx.a1.id],
      );
      expect(row.n).toBe(0);
    });

    it('refuses a sign-up that asks for a role', async () => {
      const res = await agent(ctx.app)
        .post('/api/auth/sign-up')
        .send({
          email: 'mallory@example.fr',
          password: 'violet-tramway-de-brest',
          displayName: 'Mallory',
          role: 'admin',
          acceptTerms: true,
        })
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      const rows = await ctx.sql(`SELECT 1 FROM accounts WHERE email = 'mallory@example.fr'`);
      expect(rows).toHaveLength(0);
    });
  });
});
