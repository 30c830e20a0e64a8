import { createHash } from 'node:crypto';

import {
  agent,
  createAccount,
  csrfAgent,
  outboxMails,
  signedInAgent,
  TestContext,
  createTestContext,
  tokenFromOutbox,
} from './support/test-app';

const PASSWORD = 'violet-tramway-de-brest';
const sha256 = (value: string) => createHash('sha256').update(value).digest();

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

describe('identity: password reset, changes of password and address, profile', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ PUBLIC_URL: 'http://agora.test' });
  });
  afterAll(async () => ctx.close());

  describe('password reset', () => {
    it('answers the same for an unknown address and sends nothing', async () => {
      const before = (await outboxMails(ctx)).length;
      const res = await agent(ctx.app)
        .post('/api/auth/password-reset/request')
        .send({ email: 'nobody@example.fr' })
        .expect(202);
      expect(res.body.message.fr).toContain('Si un compte existe');
      expect(await outboxMails(ctx)).toHaveLength(before);
    });

    it('resets once with the mailed link, signs out everywhere, and refuses the link again', async () => {
      const browser = await signedInAgent(ctx);
      const { email } = browser.account;
      await agent(ctx.app)
        .post('/api/auth/password-reset/request')
        .send({ email: email.toUpperCase() })
        .expect(202);
      const token = await tokenFromOutbox(ctx, email, '/reinitialiser-mot-de-passe');

      const weak = await agent(ctx.app)
        .post('/api/auth/password-reset/confirm')
        .send({ token, password: 'password123456' })
        .expect(400);
      expect(weak.body).toMatchObject({
        code: 'WEAK_PASSWORD',
        fields: [{ field: 'password', code: 'commonPassword' }],
      });

      const newPassword = 'nouvelle-phrase-de-passe-solide';
      await agent(ctx.app)
        .post('/api/auth/password-reset/confirm')
        .send({ token, password: newPassword })
        .expect(200);
      await browser.get('/api/me').expect(401);
      await agent(ctx.app).post('/api/auth/sign-in').send({ email, password: PASSWORD }).expect(401);
      await agent(ctx.app).post('/api/auth/sign-in').send({ email, password: newPassword }).expect(200);

      const again = await agent(ctx.app)
        .post('/api/auth/password-reset/confirm')
        .send({ token, password: 'encore-une-autre-phrase' })
        .expect(400);
      expect(again.body.code).toBe('TOKEN_USED');
      await agent(ctx.app).post('/api/auth/sign-in').send({ email, password: newPassword }).expect(200);
    });

    it('refuses an expired link and changes nothing', async () => {
      const account = await createAccount(ctx);
      await agent(ctx.app)
        .post('/api/auth/password-reset/request')
        .send({ email: account.email })
        .expect(202);
      const token = await tokenFromOutbox(ctx, account.email, '/reinitialiser-mot-de-passe');
      await ctx.sql(
        `UPDATE account_tokens SET expires_at = now() - interval '1 minute' WHERE token_hash = $1`,
        [sha256(token)],
      );
      const [before] = await ctx.sql<{ password_hash: string }>(
        `SELECT password_hash FROM accounts WHERE id = $1`,
        [account.id],
      );
      const res = await agent(ctx.app)
        .post('/api/auth/password-reset/confirm')
        .send({ token, password: 'nouvelle-phrase-de-passe' })
        .expect(400);
      expect(res.body.code).toBe('TOKEN_EXPIRED');
      const [after] = await ctx.sql<{ password_hash: string; used_at: Date | null }>(
        `SELECT a.password_hash, t.used_at FROM accounts a JOIN account_tokens t ON t.account_id = a.id WHERE a.id = $1`,
        [account.id],
      );
      expect(after).toEqual({ password_hash: before.password_hash, used_at: null });
    });

    it('expires reset links after one hour', async () => {
      const account = await createAccount(ctx);
      await agent(ctx.app)
        .post('/api/auth/password-reset/request')
        .send({ email: account.email })
        .expect(202);
      const [row] = await ctx.sql<{ minutes: number }>(
        `SELECT round(extract(epoch FROM expires_at - created_at) / 60) AS minutes FROM account_tokens WHERE account_id = $1`,
        [account.id],
      );
      expect(Number(row.minutes)).toBe(60);
    });

    it('refuses an unknown token and a token made for something else', async () => {
      const unknown = await agent(ctx.app)
        .post('/api/auth/password-reset/confirm')
        .send({ token: 'x'.repeat(43), password: 'nouvelle-phrase-de-passe' })
        .expect(400);
      expect(unknown.body.code).toBe('TOKEN_INVALID');
      const browser = await csrfAgent(ctx.app);
      const email = 'other-purpose@example.fr';
      await browser
        .post('/api/auth/sign-up')
        .send({ email, password: PASSWORD, displayName: 'Autre' })
        .expect(201);
      const verification = await tokenFromOutbox(ctx, email, '/verifier-email');
      const res = await browser
        .post('/api/auth/password-reset/confirm')
        .send({ token: verification, password: 'nouvelle-phrase-de-passe' })
        .expect(400);
      expect(res.body.code).toBe('TOKEN_INVALID');
    });
  });

  describe('change of password and of e-mail address', () => {
    it('changes the password, keeps this browser signed in and signs out the others', async () => {
      const browser = await signedInAgent(ctx);
      const other = agent(ctx.app);
      await other
        .post('/api/auth/sign-in')
        .send({ email: browser.account.email, password: PASSWORD })
        .expect(200);

      const wrong = await browser
        .post('/api/me/password')
        .send({ currentPassword: 'not-my-password', newPassword: 'une-autre-phrase-solide' })
        .expect(400);
      expect(wrong.body).toMatchObject({ code: 'WRONG_PASSWORD', fields: [{ field: 'currentPassword' }] });
      const weak = await browser
        .post('/api/me/password')
        .send({ currentPassword: PASSWORD, newPassword: 'qwerty123456' })
        .expect(400);
      expect(weak.body).toMatchObject({
        code: 'WEAK_PASSWORD',
        fields: [{ field: 'newPassword', code: 'commonPassword' }],
      });

      await browser
        .post('/api/me/password')
        .send({ currentPassword: PASSWORD, newPassword: 'une-autre-phrase-solide' })
        .expect(200);
      await browser.get('/api/me').expect(200);
      await other.get('/api/me').expect(401);
    });

    it('changes the address once the new one is confirmed, and tells the old one', async () => {
      const browser = await signedInAgent(ctx);
      const newEmail = 'nouvelle.adresse@example.fr';
      const wrong = await browser
        .post('/api/me/email')
        .send({ newEmail, password: 'not-my-password' })
        .expect(400);
      expect(wrong.body.code).toBe('WRONG_PASSWORD');
      await browser
        .post('/api/me/email')
        .send({ newEmail: 'Nouvelle.Adresse@example.fr', password: PASSWORD })
        .expect(202);
      expect((await browser.get('/api/me').expect(200)).body.email).toBe(browser.account.email);
      const [notice] = await outboxMails(ctx, browser.account.email);
      expect(notice.subject).toContain('Changement d’adresse');

      const token = await tokenFromOutbox(ctx, newEmail, '/confirmer-email');
      await agent(ctx.app).post('/api/auth/email-change/confirm').send({ token }).expect(200);
      expect((await browser.get('/api/me').expect(200)).body).toMatchObject({
        email: newEmail,
        emailVerified: true,
      });
      await agent(ctx.app)
        .post('/api/auth/sign-in')
        .send({ email: newEmail, password: PASSWORD })
        .expect(200);
      const again = await agent(ctx.app).post('/api/auth/email-change/confirm').send({ token }).expect(400);
      expect(again.body.code).toBe('TOKEN_USED');
    });

    it('refuses an address already in use', async () => {
      const browser = await signedInAgent(ctx);
      const taken = await createAccount(ctx);
      const res = await browser
        .post('/api/me/email')
        .send({ newEmail: taken.email.toUpperCase(), password: PASSWORD })
        .expect(409);
      expect(res.body.code).toBe('EMAIL_TAKEN');
    });

    it('refuses the link if the address was taken in the meantime, and keeps the old address', async () => {
      const browser = await signedInAgent(ctx);
      const newEmail = 'course@example.fr';
      await browser.post('/api/me/email').send({ newEmail, password: PASSWORD }).expect(202);
      const token = await tokenFromOutbox(ctx, newEmail, '/confirmer-email');
      await createAccount(ctx, { email: newEmail });
      const res = await agent(ctx.app).post('/api/auth/email-change/confirm').send({ token }).expect(409);
      expect(res.body.code).toBe('EMAIL_TAKEN');
      expect((await browser.get('/api/me').expect(200)).body.email).toBe(browser.account.email);
    });
  });

  describe('profile', () => {
    it('updates the name, the language and the home quartier', async () => {
      const browser = await signedInAgent(ctx);
      const commune = await territory(ctx, 'commune', 'commune-profil');
      const quartier = await territory(ctx, 'quartier', 'quartier-profil', commune);
      const res = await browser
        .patch('/api/me')
        .send({ displayName: '  Camille D.  ', locale: 'en', homeTerritoryId: quartier })
        .expect(200);
      expect(res.body).toMatchObject({
        displayName: 'Camille D.',
        locale: 'en',
        homeTerritoryId: quartier,
        homeTerritoryName: 'Territoire quartier-profil',
      });
      const cleared = await browser.patch('/api/me').send({ homeTerritoryId: null }).expect(200);
      expect(cleared.body).toMatchObject({ homeTerritoryId: null, homeTerritoryName: null });
    });

    it('refuses an unknown territory and a métropole as home', async () => {
      const browser = await signedInAgent(ctx);
      const metropole = await territory(ctx, 'metropole', 'metropole-profil');
      for (const id of [metropole, '00000000-0000-4000-8000-000000000000']) {
        const res = await browser.patch('/api/me').send({ homeTerritoryId: id }).expect(400);
        expect(res.body).toMatchObject({ code: 'UNKNOWN_TERRITORY', fields: [{ field: 'homeTerritoryId' }] });
      }
    });

    it('refuses a blank name', async () => {
      const browser = await signedInAgent(ctx);
      const res = await browser.patch('/api/me').send({ displayName: '   ' }).expect(400);
      expect(res.body.fields).toEqual([expect.objectContaining({ field: 'displayName' })]);
    });
  });
});
