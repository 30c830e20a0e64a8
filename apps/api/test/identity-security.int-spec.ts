import type { INestApplication } from '@nestjs/common';
import request from 'supertest';

import { IDENTITY_RATE_LIMITS } from '../src/identity/identity.rate-limits';
import { subjectDigest } from '../src/rate-limit/rate-limit.rule';
import {
  agent,
  createAccount,
  createSecondApp,
  createTestContext,
  signedInAgent,
  TestContext,
} from './support/test-app';

const PASSWORD = 'violet-tramway-de-brest';
let nextIp = 1;
/** Each test signs in from its own address (the app trusts one proxy hop), so IP limits do not mix. */
const freshIp = () => `203.0.113.${nextIp++}`;

function from(app: INestApplication, ip: string) {
  return agent(app).set('X-Forwarded-For', ip);
}

async function count(ctx: TestContext, table: string): Promise<number> {
  const [row] = await ctx.sql<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`);
  return Number(row.n);
}

describe('identity: CSRF, rate limits and bad input', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ TRUST_PROXY: '1' });
  });
  afterAll(async () => ctx.close());

  describe('CSRF double-submit', () => {
    const signUp = { email: 'csrf@example.fr', password: PASSWORD, displayName: 'CSRF' };

    it('hands out a readable, SameSite=Lax token cookie on GET /api/auth/csrf', async () => {
      const res = await request(ctx.app.getHttpServer()).get('/api/auth/csrf').expect(204);
      const cookie = ([] as string[])
        .concat(res.headers['set-cookie'] ?? [])
        .find((c) => c.startsWith('XSRF-TOKEN='));
      expect(cookie).toMatch(/^XSRF-TOKEN=[A-Za-z0-9_-]{43}; Path=\/; SameSite=Lax$/);
    });

    it('hands it out on any API GET that lacks it, and keeps an existing one', async () => {
      const first = await request(ctx.app.getHttpServer()).get('/api/health').expect(200);
      expect(String(first.headers['set-cookie'])).toMatch(/XSRF-TOKEN=/);
      const again = await request(ctx.app.getHttpServer())
        .get('/api/health')
        .set('Cookie', 'XSRF-TOKEN=abc')
        .expect(200);
      expect(again.headers['set-cookie']).toBeUndefined();
    });

    it('refuses a sign-up without the token, before validation, and saves nothing', async () => {
      const res = await request(ctx.app.getHttpServer()).post('/api/auth/sign-up').send(signUp).expect(403);
      expect(res.body).toEqual({
        statusCode: 403,
        code: 'CSRF_TOKEN_MISSING',
        message: {
          fr: expect.stringContaining('Jeton de sécurité'),
          en: expect.stringContaining('Security token'),
        },
      });
      const invalidBody = await request(ctx.app.getHttpServer())
        .post('/api/auth/sign-up')
        .send({ email: 42 })
        .expect(403);
      expect(invalidBody.body.code).toBe('CSRF_TOKEN_MISSING');
      expect(await count(ctx, 'accounts')).toBe(0);
    });

    it('refuses a header without the cookie', async () => {
      const res = await request(ctx.app.getHttpServer())
        .post('/api/auth/sign-up')
        .set('X-XSRF-TOKEN', 'abc')
        .send(signUp)
        .expect(403);
      expect(res.body.code).toBe('CSRF_TOKEN_MISSING');
    });

    it('refuses a header that differs from the cookie, and saves nothing', async () => {
      const res = await request(ctx.app.getHttpServer())
        .post('/api/auth/sign-up')
        .set('Cookie', 'XSRF-TOKEN=the-real-token')
        .set('X-XSRF-TOKEN', 'a-forged-token')
        .send(signUp)
        .expect(403);
      expect(res.body.code).toBe('CSRF_TOKEN_INVALID');
      expect(await count(ctx, 'accounts')).toBe(0);
    });

    it('refuses a signed-in change without the token and changes nothing', async () => {
      const account = await createAccount(ctx, { displayName: 'Avant' });
      const signIn = await agent(ctx.app)
        .post('/api/auth/sign-in')
        .send({ email: account.email, password: PASSWORD })
        .expect(200);
      const session = ([] as string[])
        .concat(signIn.headers['set-cookie'] ?? [])
        .find((c) => c.startsWith('agora_session='));
      const cookie = `${session?.split(';')[0]}; XSRF-TOKEN=the-real-token`;
      await request(ctx.app.getHttpServer()).get('/api/me').set('Cookie', cookie).expect(200);
      const res = await request(ctx.app.getHttpServer())
        .patch('/api/me')
        .set('Cookie', cookie)
        .send({ displayName: 'Après' })
        .expect(403);
      expect(res.body.code).toBe('CSRF_TOKEN_MISSING');
      const [row] = await ctx.sql<{ display_name: string }>(
        `SELECT display_name FROM accounts WHERE id = $1`,
        [account.id],
      );
      expect(row.display_name).toBe('Avant');
    });

    it('refuses sign-in and sign-out without the token', async () => {
      const account = await createAccount(ctx);
      const signIn = await request(ctx.app.getHttpServer())
        .post('/api/auth/sign-in')
        .send({ email: account.email, password: PASSWORD })
        .expect(403);
      expect(signIn.body.code).toBe('CSRF_TOKEN_MISSING');
      await request(ctx.app.getHttpServer()).post('/api/auth/sign-out').expect(403);
    });
  });

  describe('rate limits shared through PostgreSQL', () => {
    it('refuses the 6th sign-in after 5 failures even with the right password, across two API processes', async () => {
      const account = await createAccount(ctx);
      const second = await createSecondApp(ctx);
      try {
        const apps = [ctx.app, second, ctx.app, second, ctx.app];
        for (const app of apps) {
          const res = await from(app, freshIp())
            .post('/api/auth/sign-in')
            .send({ email: account.email, password: 'wrong-password-guess' });
          expect(res.status).toBe(401);
          expect(res.body.code).toBe('INVALID_CREDENTIALS');
        }
        const refused = await from(second, freshIp())
          .post('/api/auth/sign-in')
          .send({ email: account.email, password: PASSWORD })
          .expect(429);
        expect(refused.body).toMatchObject({
          code: 'TOO_MANY_ATTEMPTS',
          message: { fr: expect.stringContaining('Réessayez'), en: expect.any(String) },
        });
        // The address counts whatever its case.
        await from(ctx.app, freshIp())
          .post('/api/auth/sign-in')
          .send({ email: account.email.toUpperCase(), password: PASSWORD })
          .expect(429);
      } finally {
        await second.close();
      }
    });

    it('lets exactly 5 of 10 simultaneous guesses through to the password check', async () => {
      const account = await createAccount(ctx);
      const results = await Promise.all(
        Array.from({ length: 10 }, () =>
          from(ctx.app, freshIp())
            .post('/api/auth/sign-in')
            .send({ email: account.email, password: 'wrong-password-guess' }),
        ),
      );
      const statuses = results.map((res) => res.status).sort();
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
    });

    it('counts only failures: successful sign-ins give their hit back', async () => {
      const account = await createAccount(ctx);
      const ip = freshIp();
      for (let i = 0; i < 4; i++)
        await from(ctx.app, ip)
          .post('/api/auth/sign-in')
          .send({ email: account.email, password: 'wrong-password-guess' })
          .expect(401);
      for (let i = 0; i < 4; i++)
        await from(ctx.app, ip)
          .post('/api/auth/sign-in')
          .send({ email: account.email, password: PASSWORD })
          .expect(200);
    });

    it('refuses a 21st failure from one IP address, whatever the account', async () => {
      const ip = freshIp();
      for (let i = 0; i < 20; i++) {
        await from(ctx.app, ip)
          .post('/api/auth/sign-in')
          .send({ email: `guess-${i}@example.fr`, password: 'wrong-password-guess' })
          .expect(401);
      }
      const account = await createAccount(ctx);
      await from(ctx.app, ip)
        .post('/api/auth/sign-in')
        .send({ email: account.email, password: PASSWORD })
        .expect(429);
      await from(ctx.app, freshIp())
        .post('/api/auth/sign-in')
        .send({ email: account.email, password: PASSWORD })
        .expect(200);
    });

    it('limits sign-ups per IP address', async () => {
      const ip = freshIp();
      for (let i = 0; i < 20; i++) {
        await from(ctx.app, ip)
          .post('/api/auth/sign-up')
          .send({ email: `signup-${i}@example.fr`, password: PASSWORD, displayName: 'S' })
          .expect(201);
      }
      const res = await from(ctx.app, ip)
        .post('/api/auth/sign-up')
        .send({ email: 'signup-21@example.fr', password: PASSWORD, displayName: 'S' })
        .expect(429);
      expect(res.body.code).toBe('TOO_MANY_ATTEMPTS');
      expect(await ctx.sql(`SELECT 1 FROM accounts WHERE email = 'signup-21@example.fr'`)).toHaveLength(0);
    });

    it('limits reset requests per address, without telling whether it has an account', async () => {
      for (const email of ['limited-reset@example.fr', (await createAccount(ctx)).email]) {
        for (let i = 0; i < 5; i++)
          await from(ctx.app, freshIp()).post('/api/auth/password-reset/request').send({ email }).expect(202);
        await from(ctx.app, freshIp()).post('/api/auth/password-reset/request').send({ email }).expect(429);
      }
    });

    it('limits the password typed again for sensitive actions', async () => {
      const browser = await signedInAgent(ctx);
      for (let i = 0; i < 5; i++)
        await browser.post('/api/me/delete').send({ password: 'wrong-password-guess' }).expect(400);
      await browser.post('/api/me/delete').send({ password: PASSWORD }).expect(429);
      expect(
        await ctx.sql(`SELECT 1 FROM accounts WHERE id = $1 AND deleted_at IS NULL`, [browser.account.id]),
      ).toHaveLength(1);
    });

    it('keeps no address in clear in the counters, only its digest', async () => {
      const account = await createAccount(ctx);
      await from(ctx.app, freshIp())
        .post('/api/auth/sign-in')
        .send({ email: account.email, password: 'wrong-password-guess' })
        .expect(401);
      const digest = subjectDigest(IDENTITY_RATE_LIMITS.signInPerAccount, account.email);
      const rows = await ctx.sql(
        `SELECT * FROM rate_limit_hits WHERE rule = 'sign-in:account' AND subject_hash = $1`,
        [digest],
      );
      expect(rows).toHaveLength(1);
      expect(Object.keys(rows[0]).sort()).toEqual(['at', 'expires_at', 'rule', 'subject_hash']);
    });
  });

  describe('bad input: a clear 4xx, never a 500, nothing saved', () => {
    const valid = { email: 'valid@example.fr', password: PASSWORD, displayName: 'Valide' };
    const cases: Array<[string, unknown, number, string]> = [
      ['a number for the e-mail', { ...valid, email: 123 }, 400, 'email'],
      ['a list for the password', { ...valid, password: [PASSWORD] }, 400, 'password'],
      ['a name over 80 characters', { ...valid, displayName: 'x'.repeat(81) }, 400, 'displayName'],
      ['a password over 256 characters', { ...valid, password: 'p'.repeat(257) }, 400, 'password'],
      ['an address over 254 characters', { ...valid, email: `${'a'.repeat(250)}@example.fr` }, 400, 'email'],
      ['a password under 12 characters', { ...valid, password: 'court-court' }, 400, 'password'],
      ['an unknown field', { ...valid, isAdmin: true }, 400, 'isAdmin'],
      ['an unknown locale', { ...valid, locale: 'de' }, 400, 'locale'],
      ['a missing field', { email: valid.email, password: PASSWORD }, 400, 'displayName'],
    ];
    it.each(cases)('refuses a sign-up with %s', async (_, body, status, field) => {
      const res = await from(ctx.app, freshIp())
        .post('/api/auth/sign-up')
        .send(body as object)
        .expect(status);
      expect(res.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        message: { fr: expect.any(String), en: expect.any(String) },
      });
      expect(res.body.fields).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field, message: { fr: expect.any(String), en: expect.any(String) } }),
        ]),
      );
      expect(await ctx.sql(`SELECT 1 FROM accounts WHERE email = 'valid@example.fr'`)).toHaveLength(0);
    });

    it('refuses a common password and one built on the address', async () => {
      const common = await from(ctx.app, freshIp())
        .post('/api/auth/sign-up')
        .send({ ...valid, password: '1q2w3e4r5t6y' })
        .expect(400);
      expect(common.body).toMatchObject({
        code: 'WEAK_PASSWORD',
        fields: [{ field: 'password', code: 'commonPassword' }],
      });
      const own = await from(ctx.app, freshIp())
        .post('/api/auth/sign-up')
        .send({ ...valid, password: 'valid-valid-2026' })
        .expect(400);
      expect(own.body.fields).toEqual([expect.objectContaining({ code: 'containsEmail' })]);
      expect(await ctx.sql(`SELECT 1 FROM accounts WHERE email = 'valid@example.fr'`)).toHaveLength(0);
    });

    it('refuses malformed JSON and a body over 1 MB', async () => {
      const malformed = await from(ctx.app, freshIp())
        .post('/api/auth/sign-up')
        .set('Content-Type', 'application/json')
        .send('{"email":')
        .expect(400);
      expect(malformed.body).toMatchObject({
        statusCode: 400,
        message: { fr: expect.any(String), en: expect.any(String) },
      });
      const huge = await from(ctx.app, freshIp())
        .post('/api/auth/sign-up')
        .send({ ...valid, displayName: 'x'.repeat(1_100_000) })
        .expect(413);
      expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('refuses a duplicate address whatever its case, with 409', async () => {
      await from(ctx.app, freshIp())
        .post('/api/auth/sign-up')
        .send({ ...valid, email: 'twice@example.fr' })
        .expect(201);
      const res = await from(ctx.app, freshIp())
        .post('/api/auth/sign-up')
        .send({ ...valid, email: 'TWICE@example.fr' })
        .expect(409);
      expect(res.body).toMatchObject({
        code: 'EMAIL_TAKEN',
        message: { fr: expect.any(String), en: expect.any(String) },
      });
    });

    it('creates one account out of simultaneous sign-ups with one address', async () => {
      const results = await Promise.all(
        Array.from({ length: 5 }, () =>
          from(ctx.app, freshIp())
            .post('/api/auth/sign-up')
            .send({ ...valid, email: 'race@example.fr' }),
        ),
      );
      expect(results.map((res) => res.status).sort()).toEqual([201, 409, 409, 409, 409]);
      expect(await ctx.sql(`SELECT 1 FROM accounts WHERE email = 'race@example.fr'`)).toHaveLength(1);
    });

    it('refuses tokens of the wrong shape', async () => {
      for (const token of [42, 'short', 'x'.repeat(201), null]) {
        const res = await agent(ctx.app).post('/api/auth/verify-email').send({ token }).expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
      }
    });

    it('refuses a malformed territory id and unknown profile fields', async () => {
      const browser = await signedInAgent(ctx);
      const badId = await browser.patch('/api/me').send({ homeTerritoryId: 'not-a-uuid' }).expect(400);
      expect(badId.body.fields).toEqual([expect.objectContaining({ field: 'homeTerritoryId' })]);
      const unknown = await browser.patch('/api/me').send({ email: 'sneaky@example.fr' }).expect(400);
      expect(unknown.body.fields).toEqual([
        expect.objectContaining({ field: 'email', code: 'whitelistValidation' }),
      ]);
      expect((await browser.get('/api/me').expect(200)).body.email).toBe(browser.account.email);
    });
  });

  describe('development outbox', () => {
    it('is not served in production', async () => {
      const production = await createSecondApp(ctx, { NODE_ENV: 'production' });
      try {
        const res = await request(production.getHttpServer()).get('/api/dev/outbox').expect(404);
        expect(res.body.code).toBe('NOT_FOUND');
      } finally {
        await production.close();
      }
    });
  });
});

describe('identity: sliding rate-limit window', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  it('still refuses the 6th failure when the first five straddle a clock boundary (sliding, not fixed windows)', async () => {
    const account = await createAccount(ctx);
    for (let i = 0; i < 5; i++) {
      await agent(ctx.app)
        .post('/api/auth/sign-in')
        .send({ email: account.email, password: 'wrong-password-guess' })
        .expect(401);
    }
    // Age the five failures to 9 minutes ago: any fixed 10-minute window boundary may lie between them and now.
    await ctx.sql(
      `UPDATE rate_limit_hits SET at = at - interval '9 minutes', expires_at = expires_at - interval '9 minutes'`,
    );
    await agent(ctx.app)
      .post('/api/auth/sign-in')
      .send({ email: account.email, password: PASSWORD })
      .expect(429);
  });

  it('lets the account sign in again once the failures are older than the window', async () => {
    const account = await createAccount(ctx);
    for (let i = 0; i < 5; i++) {
      await agent(ctx.app)
        .post('/api/auth/sign-in')
        .send({ email: account.email, password: 'wrong-password-guess' })
        .expect(401);
    }
    await ctx.sql(
      `UPDATE rate_limit_hits SET at = at - interval '11 minutes', expires_at = expires_at - interval '11 minutes'`,
    );
    await agent(ctx.app)
      .post('/api/auth/sign-in')
      .send({ email: account.email, password: PASSWORD })
      .expect(200);
  });
});
