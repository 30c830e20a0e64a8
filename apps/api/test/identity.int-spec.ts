import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import request from 'supertest';

import {
  agent,
  createAccount,
  createSecondApp,
  csrfAgent,
  outboxMails,
  signedInAgent,
  TestContext,
  createTestContext,
  tokenFromOutbox,
} from './support/test-app';

const PASSWORD = 'violet-tramway-de-brest';
const sha256 = (value: string) => createHash('sha256').update(value).digest();

function cookieNamed(res: request.Response, name: string): string | undefined {
  return ([] as string[])
    .concat(res.headers['set-cookie'] ?? [])
    .find((cookie) => cookie.startsWith(`${name}=`));
}

async function territory(
  ctx: TestContext,
  kind: string,
  slug: string,
  parentId: string | null = null,
): Promise<string> {
  const [row] = await ctx.sql<{ id: string }>(
    `INSERT INTO territories (parent_id, name, slug, kind) VALUES ($1, $2, $3, $4) RETURNING id`,
    [parentId, `Territoire ${slug}`, slug, kind],
  );
  return row.id;
}

describe('identity: sign-up, verification and sessions', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ PUBLIC_URL: 'http://agora.test' });
  });
  afterAll(async () => ctx.close());

  describe('the newcomer journey', () => {
    const email = 'ana.martin@example.fr';
    let browser: Awaited<ReturnType<typeof csrfAgent>>;
    beforeAll(async () => {
      browser = await csrfAgent(ctx.app);
    });

    it('signs up and receives a bilingual verification mail with a link to the web page', async () => {
      const res = await browser
        .post('/api/auth/sign-up')
        .send({ email: 'Ana.Martin@Example.fr', password: PASSWORD, displayName: 'Ana Martin' })
        .expect(201);
      expect(res.body.message).toEqual({
        fr: expect.stringContaining('Compte créé'),
        en: expect.stringContaining('Account created'),
      });
      const [mail] = await outboxMails(ctx, email);
      expect(mail.subject).toBe('Confirmez votre adresse e-mail / Confirm your e-mail address');
      expect(mail.text.indexOf('Bonjour')).toBeLessThan(mail.text.indexOf('Hello'));
      expect(mail.links).toEqual([
        expect.stringMatching(/^http:\/\/agora\.test\/verifier-email\?token=[A-Za-z0-9_-]{43}$/),
      ]);
      expect(readdirSync(join(ctx.dataDir, 'outbox')).some((name) => name.endsWith(`${mail.id}.json`))).toBe(
        true,
      );
    });

    it('stores the address in lower case and only a digest of the verification token', async () => {
      const token = await tokenFromOutbox(ctx, email, '/verifier-email');
      const rows = await ctx.sql<{ email: string; token_hash: Buffer; verified: Date | null }>(
        `SELECT a.email, t.token_hash, a.email_verified_at AS verified FROM accounts a JOIN account_tokens t ON t.account_id = a.id`,
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].email).toBe(email);
      expect(rows[0].verified).toBeNull();
      expect(rows[0].token_hash.equals(sha256(token))).toBe(true);
    });

    it('signs in before verification, with a session cookie and emailVerified false', async () => {
      const res = await browser.post('/api/auth/sign-in').send({ email, password: PASSWORD }).expect(200);
      expect(res.body).toMatchObject({
        email,
        emailVerified: false,
        displayName: 'Ana Martin',
        locale: 'fr',
        roles: [],
      });
      const cookie = cookieNamed(res, 'agora_session') ?? '';
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(cookie).toMatch(/Path=\//);
      expect(cookie).not.toMatch(/Secure/);
      const token = /^agora_session=([^;]+)/.exec(cookie)?.[1] ?? '';
      const [session] = await ctx.sql<{ token_hash: Buffer }>(`SELECT token_hash FROM sessions`);
      expect(session.token_hash.equals(sha256(decodeURIComponent(token)))).toBe(true);
    });

    it('confirms the address with the link from the outbox', async () => {
      const token = await tokenFromOutbox(ctx, email, '/verifier-email');
      await browser.post('/api/auth/verify-email').send({ token }).expect(200);
      const me = await browser.get('/api/me').expect(200);
      expect(me.body.emailVerified).toBe(true);
    });

    it('refuses the same link twice', async () => {
      const token = await tokenFromOutbox(ctx, email, '/verifier-email');
      const res = await browser.post('/api/auth/verify-email').send({ token }).expect(400);
      expect(res.body).toMatchObject({
        code: 'TOKEN_USED',
        message: { fr: expect.any(String), en: expect.any(String) },
      });
    });

    it('lists the roles held, with their territory', async () => {
      const metropole = await territory(ctx, 'metropole', 'metropole-journey');
      const [account] = await ctx.sql<{ id: string }>(`SELECT id FROM accounts WHERE email = $1`, [email]);
      await ctx.sql(
        `INSERT INTO role_assignments (account_id, role, territory_id) VALUES ($1, 'staff', $2)`,
        [account.id, metropole],
      );
      const me = await browser.get('/api/me').expect(200);
      expect(me.body.roles).toEqual([
        {
          id: expect.any(String),
          role: 'staff',
          territoryId: metropole,
          territoryName: 'Territoire metropole-journey',
        },
      ]);
    });

    it('signs out: the session is gone and /me answers 401', async () => {
      const res = await browser.post('/api/auth/sign-out').expect(204);
      expect(cookieNamed(res, 'agora_session')).toMatch(/agora_session=;/);
      await browser.get('/api/me').expect(401);
      expect(await ctx.sql(`SELECT 1 FROM sessions`)).toHaveLength(0);
    });
  });

  describe('verification mail again', () => {
    it('sends a new link to an unverified account, and refuses once verified', async () => {
      const browser = await signedInAgent(ctx, { verified: false });
      await browser.post('/api/auth/verify-email/resend').expect(202);
      const token = await tokenFromOutbox(ctx, browser.account.email, '/verifier-email');
      await browser.post('/api/auth/verify-email').send({ token }).expect(200);
      const res = await browser.post('/api/auth/verify-email/resend').expect(409);
      expect(res.body.code).toBe('EMAIL_ALREADY_VERIFIED');
    });

    it('creates the account when the mail server is down, and says so when asked for the mail again', async () => {
      const second = await createSecondApp(ctx, { SMTP_URL: 'smtp://127.0.0.1:9' });
      try {
        const email = 'smtp-down@example.fr';
        const browser = agent(second);
        await browser
          .post('/api/auth/sign-up')
          .send({ email, password: PASSWORD, displayName: 'Sans mail' })
          .expect(201);
        await browser.post('/api/auth/sign-in').send({ email, password: PASSWORD }).expect(200);
        const res = await browser.post('/api/auth/verify-email/resend').expect(503);
        expect(res.body).toMatchObject({
          code: 'MAIL_NOT_SENT',
          message: { fr: expect.any(String), en: expect.any(String) },
        });
      } finally {
        await second.close();
      }
    });
  });

  describe('sessions', () => {
    it('rolls the expiry forward when used, at most once a minute', async () => {
      const browser = await signedInAgent(ctx);
      await ctx.sql(
        `UPDATE sessions SET last_seen_at = now() - interval '5 minutes', expires_at = now() + interval '1 hour'
         WHERE account_id = $1`,
        [browser.account.id],
      );
      const res = await browser.get('/api/me').expect(200);
      expect(cookieNamed(res, 'agora_session')).toBeDefined();
      const [after] = await ctx.sql<{ hours: number; last_seen_at: Date }>(
        `SELECT extract(epoch FROM expires_at - now()) / 3600 AS hours, last_seen_at FROM sessions WHERE account_id = $1`,
        [browser.account.id],
      );
      expect(Number(after.hours)).toBeGreaterThan(24 * 7 - 1);
      const again = await browser.get('/api/me').expect(200);
      expect(cookieNamed(again, 'agora_session')).toBeUndefined();
      const [unchanged] = await ctx.sql<{ last_seen_at: Date }>(
        `SELECT last_seen_at FROM sessions WHERE account_id = $1`,
        [browser.account.id],
      );
      expect(unchanged.last_seen_at).toEqual(after.last_seen_at);
    });

    it('refuses an expired session and clears its cookie', async () => {
      const browser = await signedInAgent(ctx);
      await ctx.sql(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE account_id = $1`, [
        browser.account.id,
      ]);
      const res = await browser.get('/api/me').expect(401);
      expect(cookieNamed(res, 'agora_session')).toMatch(/agora_session=;/);
    });

    it('is shared by every API process on the database', async () => {
      const account = await createAccount(ctx);
      const signIn = await agent(ctx.app)
        .post('/api/auth/sign-in')
        .send({ email: account.email, password: PASSWORD })
        .expect(200);
      const session = (cookieNamed(signIn, 'agora_session') ?? '').split(';')[0];
      const second = await createSecondApp(ctx);
      try {
        const res = await request(second.getHttpServer()).get('/api/me').set('Cookie', session).expect(200);
        expect(res.body.id).toBe(account.id);
      } finally {
        await second.close();
      }
    });

    it('replaces the previous session of the browser on sign-in', async () => {
      const browser = await signedInAgent(ctx);
      await browser
        .post('/api/auth/sign-in')
        .send({ email: browser.account.email, password: PASSWORD })
        .expect(200);
      expect(
        await ctx.sql(`SELECT 1 FROM sessions WHERE account_id = $1`, [browser.account.id]),
      ).toHaveLength(1);
    });

    it('marks the cookies Secure when the public URL is https', async () => {
      const second = await createSecondApp(ctx, { PUBLIC_URL: 'https://agora.example' });
      try {
        const account = await createAccount(ctx);
        const res = await agent(second)
          .post('/api/auth/sign-in')
          .send({ email: account.email, password: PASSWORD })
          .expect(200);
        expect(cookieNamed(res, 'agora_session')).toMatch(/Secure/);
      } finally {
        await second.close();
      }
    });

    it('marks the cookies Secure when a trusted proxy reports https', async () => {
      const second = await createSecondApp(ctx, { TRUST_PROXY: '1' });
      try {
        const res = await request(second.getHttpServer())
          .get('/api/auth/csrf')
          .set('X-Forwarded-Proto', 'https')
          .expect(204);
        expect(cookieNamed(res, 'XSRF-TOKEN')).toMatch(/Secure/);
      } finally {
        await second.close();
      }
    });
  });
});
