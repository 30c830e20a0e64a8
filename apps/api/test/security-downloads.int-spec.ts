import type { INestApplication } from '@nestjs/common';
import request from 'supertest';

import { allTypesAnswers, resident, setUpConsultation } from './support/consultation-fixtures';
import { discoverRoutes } from './support/routes';
import { insertSmallTree, type SmallTree } from './support/territory-fixtures';
import { createSecondApp, createTestContext, signedInAgent, signInAs, TestContext } from './support/test-app';

/**
 * Issue 7: exports of personal data only through short-lived single-use links. The signed-in request
 * that may read the file creates the link; the link works once, for 5 minutes, on any API process,
 * and only its SHA-256 is stored.
 */
describe('security: personal data only through single-use download links', () => {
  let ctx: TestContext;
  let second: INestApplication;
  let smallTree: SmallTree | undefined;
  const tree = async () => (smallTree ??= await insertSmallTree(ctx));
  beforeAll(async () => {
    ctx = await createTestContext();
    second = await createSecondApp(ctx);
  });
  afterAll(async () => {
    await second.close();
    await ctx.close();
  });

  it('serves no personal data export from a plain authenticated GET any more', async () => {
    const routes = discoverRoutes(ctx.app).map((r) => `${r.method} ${r.path}`);
    expect(routes).not.toContain('GET /api/me/export');
    expect(routes).not.toContain('GET /api/staff/consultations/:id/export.:format');
    expect(routes).toEqual(expect.arrayContaining(['POST /api/me/export-link', 'GET /api/downloads/:token']));
    const person = await signedInAgent(ctx);
    await person.get('/api/me/export').expect(404);
  });

  describe('GDPR export', () => {
    it('gives the file once through a link made by the signed-in person, then 410 with a clear message', async () => {
      const person = await signedInAgent(ctx, { displayName: 'Inès Lien' });
      const created = await person.post('/api/me/export-link').send({}).expect(201);
      expect(created.body.url).toMatch(/^\/api\/downloads\/[A-Za-z0-9_-]{43}$/);
      const expiresIn = Date.parse(created.body.expiresAt) - Date.now();
      expect(expiresIn).toBeGreaterThan(4 * 60_000);
      expect(expiresIn).toBeLessThanOrEqual(5 * 60_000 + 2_000);

      // Only the hash is stored: the secret in the URL is nowhere in the table.
      const token = created.body.url.split('/').pop() as string;
      const rows = await ctx.sql<{ token_hash: Buffer; account_id: string }>(
        `SELECT token_hash, account_id FROM download_links`,
      );
      expect(rows.some((row) => row.account_id === person.account.id)).toBe(true);
      expect(JSON.stringify(rows)).not.toContain(token);

      // Anyone holding the link gets the file once (it is the credential), with no caching.
      const first = await request(ctx.app.getHttpServer()).get(created.body.url).expect(200);
      expect(first.headers['content-type']).toMatch(/application\/json/);
      expect(first.headers['content-disposition']).toMatch(
        /^attachment; filename="agora-mes-donnees-\d{4}-\d{2}-\d{2}\.json"$/,
      );
      expect(first.headers['cache-control']).toBe('no-store');
      expect(first.headers['referrer-policy']).toBe('no-referrer');
      expect(first.body.account).toMatchObject({ id: person.account.id, displayName: 'Inès Lien' });

      const again = await person.get(created.body.url).expect(410);
      expect(again.body.code).toBe('DOWNLOAD_LINK_USED');
      expect(again.body.message.fr).toMatch(/déjà servi/);
      expect(again.body.message.en).toMatch(/already been used/);
    });

    it('works once across two API processes, even when both are clicked at the same time', async () => {
      const person = await signedInAgent(ctx);
      const { url } = (await person.post('/api/me/export-link').send({}).expect(201)).body as { url: string };
      const answers = await Promise.all([
        request(ctx.app.getHttpServer()).get(url),
        request(second.getHttpServer()).get(url),
        request(second.getHttpServer()).get(url),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 410, 410]);
      // A link made on the second process is redeemed by the first.
      const link2 = (await person.post('/api/me/export-link').send({}).expect(201)).body.url as string;
      await request(second.getHttpServer()).get(link2).expect(200);
    });

    it('refuses an expired link with 410 and a clear message, and an unknown one with 404', async () => {
      const person = await signedInAgent(ctx);
      const { url } = (await person.post('/api/me/export-link').send({}).expect(201)).body as { url: string };
      await ctx.sql(
        `UPDATE download_links SET created_at = now() - interval '6 minutes', expires_at = now() - interval '1 minute'
          WHERE account_id = $1`,
        [person.account.id],
      );
      const expired = await request(ctx.app.getHttpServer()).get(url).expect(410);
      expect(expired.body.code).toBe('DOWNLOAD_LINK_EXPIRED');
      expect(expired.body.message.fr).toMatch(/expiré/);
      expect(expired.body.message.en).toMatch(/expired/);

      const unknown = await request(ctx.app.getHttpServer())
        .get(`/api/downloads/${'A'.repeat(43)}`)
        .expect(404);
      expect(unknown.body.code).toBe('DOWNLOAD_LINK_UNKNOWN');
      await request(ctx.app.getHttpServer()).get('/api/downloads/..%2F..%2Fetc%2Fpasswd').expect(404);
    });

    it('makes no link without a session', async () => {
      const before = await ctx.sql(`SELECT 1 FROM download_links`);
      const anonymous = request.agent(ctx.app.getHttpServer());
      await anonymous
        .post('/api/me/export-link')
        .send({})
        .expect((res) => expect([401, 403]).toContain(res.status));
      expect(await ctx.sql(`SELECT 1 FROM download_links`)).toHaveLength(before.length);
    });
  });

  describe('consultation exports', () => {
    it('gives the team its answers once; another commune’s staff and residents cannot make a link (403)', async () => {
      const fx = await setUpConsultation(ctx, {}, { tree: await tree() });
      const person = await resident(ctx, fx.tree.quartierA1);
      await person
        .post(`/api/consultations/${fx.id}/responses`)
        .send({ answers: allTypesAnswers() })
        .expect(201);

      const { url } = (
        await fx.staff
          .post(`/api/staff/consultations/${fx.id}/export-link`)
          .send({ format: 'csv' })
          .expect(201)
      ).body as { url: string };
      const csv = await request(second.getHttpServer()).get(url).expect(200);
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      expect(csv.headers['content-disposition']).toBe('attachment; filename="reponses.csv"');
      expect(csv.headers['x-content-sha256']).toMatch(/^[0-9a-f]{64}$/);
      expect(csv.text).toMatch(/response_id;submitted_on;quartier/);
      const again = await request(ctx.app.getHttpServer()).get(url).expect(410);
      expect(again.body.code).toBe('DOWNLOAD_LINK_USED');

      const before = await ctx.sql(`SELECT 1 FROM download_links`);
      const outsider = await signInAs(ctx, 'staff', fx.tree.communeB);
      const refused = await outsider
        .post(`/api/staff/consultations/${fx.id}/export-link`)
        .send({ format: 'csv' })
        .expect(403);
      expect(refused.body.message.fr).toBeTruthy();
      expect(refused.body.message.en).toBeTruthy();
      await person.post(`/api/staff/consultations/${fx.id}/export-link`).send({ format: 'csv' }).expect(403);
      await fx.staff
        .post(`/api/staff/consultations/${fx.id}/export-link`)
        .send({ format: 'exe' })
        .expect(400);
      expect(await ctx.sql(`SELECT 1 FROM download_links`)).toHaveLength(before.length);
    });

    it('checks the rights again when the link is used: a role withdrawn meanwhile gets no file', async () => {
      const fx = await setUpConsultation(ctx, {}, { tree: await tree() });
      const { url } = (
        await fx.staff
          .post(`/api/staff/consultations/${fx.id}/export-link`)
          .send({ format: 'json' })
          .expect(201)
      ).body as { url: string };
      await ctx.sql(`DELETE FROM role_assignments WHERE role = 'staff' AND territory_id = $1`, [
        fx.tree.communeA,
      ]);
      await request(ctx.app.getHttpServer()).get(url).expect(403);
    });
  });
});
