import { Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { AppModule } from '../src/app.module';
import { loadConfig } from '../src/config/app.config';
import {
  AccountErasureHook,
  ContributesPersonalData,
  ErasesPersonalData,
  PersonalDataContributor,
} from '../src/identity/personal-data.contributor';
import { PersonalDataService } from '../src/identity/personal-data.service';
import { agent, createAccount, createTestContext, signedInAgent, TestContext } from './support/test-app';
import { downloadPersonalData } from './support/downloads';

const PASSWORD = 'violet-tramway-de-brest';

async function metropole(ctx: TestContext, slug: string): Promise<string> {
  const [row] = await ctx.sql<{ id: string }>(
    `INSERT INTO territories (name, slug, kind) VALUES ('Métropole de test', $1, 'metropole') RETURNING id`,
    [slug],
  );
  return row.id;
}

describe('identity: my data export and account deletion', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  describe('export', () => {
    it('downloads everything held about me as a JSON attachment, without any secret', async () => {
      const browser = await signedInAgent(ctx, { displayName: 'Léa Export' });
      browser.set('User-Agent', 'Firefox de test');
      await browser
        .post('/api/auth/sign-in')
        .send({ email: browser.account.email, password: PASSWORD })
        .expect(200);
      const territoryId = await metropole(ctx, 'metropole-export');
      await ctx.sql(
        `INSERT INTO role_assignments (account_id, role, territory_id) VALUES ($1, 'admin', $2)`,
        [browser.account.id, territoryId],
      );
      await agent(ctx.app)
        .post('/api/auth/password-reset/request')
        .send({ email: browser.account.email })
        .expect(202);

      const res = await downloadPersonalData(browser);
      expect(res.headers['content-type']).toMatch(/application\/json/);
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="agora-mes-donnees-\d{4}-\d{2}-\d{2}\.json"$/,
      );
      expect(res.body.account).toMatchObject({
        id: browser.account.id,
        email: browser.account.email,
        displayName: 'Léa Export',
      });
      expect(res.body.sessions).toEqual([
        expect.objectContaining({ current: true, userAgent: 'Firefox de test' }),
      ]);
      expect(res.body.roles).toEqual([
        expect.objectContaining({ role: 'admin', territoryId, grantedAt: expect.any(String) }),
      ]);
      expect(res.body.emailLinks).toEqual([
        expect.objectContaining({ purpose: 'reset_password', usedAt: null }),
      ]);
      // Other domains add their own sections (audit log, proposals, …); each is checked in its own tests.
      expect(res.body.other).toEqual(expect.any(Object));

      const text = JSON.stringify(res.body);
      const [secrets] = await ctx.sql<{ hashes: string[] }>(
        `SELECT array_agg(encode(token_hash, 'hex')) AS hashes FROM (
           SELECT token_hash FROM sessions WHERE account_id = $1 UNION ALL SELECT token_hash FROM account_tokens WHERE account_id = $1
         ) s`,
        [browser.account.id],
      );
      for (const hash of secrets.hashes) expect(text).not.toContain(hash);
      expect(text).not.toMatch(/argon2|password_?hash|tokenHash/i);
    });

    it('is refused without a session', async () => {
      await agent(ctx.app).post('/api/me/export-link').send({}).expect(401);
    });
  });

  describe('deletion', () => {
    it('refuses a wrong password and keeps everything', async () => {
      const browser = await signedInAgent(ctx);
      const res = await browser.post('/api/me/delete').send({ password: 'not-my-password' }).expect(400);
      expect(res.body.code).toBe('WRONG_PASSWORD');
      const [row] = await ctx.sql<{ email: string | null }>(`SELECT email FROM accounts WHERE id = $1`, [
        browser.account.id,
      ]);
      expect(row.email).toBe(browser.account.email);
      await browser.get('/api/me').expect(200);
    });

    it('erases the personal data, keeps the row anonymised, and frees the address', async () => {
      const browser = await signedInAgent(ctx, { displayName: 'Jean Effacé' });
      const { id, email } = browser.account;
      const territoryId = await metropole(ctx, 'metropole-deletion');
      const [commune] = await ctx.sql<{ id: string }>(
        `INSERT INTO territories (parent_id, name, slug, kind) VALUES ($1, 'Commune', 'commune-deletion', 'commune') RETURNING id`,
        [territoryId],
      );
      await ctx.sql(`UPDATE accounts SET home_territory_id = $2 WHERE id = $1`, [id, commune.id]);
      await ctx.sql(
        `INSERT INTO role_assignments (account_id, role, territory_id) VALUES ($1, 'staff', $2)`,
        [id, territoryId],
      );
      // A role this person granted to someone else: it stays, and still points at the (anonymised) row.
      const other = await createAccount(ctx);
      await ctx.sql(
        `INSERT INTO role_assignments (account_id, role, territory_id, granted_by) VALUES ($1, 'staff', $2, $3)`,
        [other.id, territoryId, id],
      );
      await agent(ctx.app).post('/api/auth/password-reset/request').send({ email }).expect(202);

      const res = await browser.post('/api/me/delete').send({ password: PASSWORD }).expect(200);
      expect(res.body.message.fr).toContain('supprimé');

      const [row] = await ctx.sql<Record<string, unknown>>(
        `SELECT email, password_hash, display_name, email_verified_at, home_territory_id, deleted_at FROM accounts WHERE id = $1`,
        [id],
      );
      expect(row).toEqual({
        email: null,
        password_hash: null,
        display_name: null,
        email_verified_at: null,
        home_territory_id: null,
        deleted_at: expect.any(Date),
      });
      expect(await ctx.sql(`SELECT 1 FROM sessions WHERE account_id = $1`, [id])).toHaveLength(0);
      expect(await ctx.sql(`SELECT 1 FROM account_tokens WHERE account_id = $1`, [id])).toHaveLength(0);
      expect(await ctx.sql(`SELECT 1 FROM role_assignments WHERE account_id = $1`, [id])).toHaveLength(0);
      expect(
        await ctx.sql(`SELECT granted_by FROM role_assignments WHERE account_id = $1`, [other.id]),
      ).toEqual([{ granted_by: id }]);

      await browser.get('/api/me').expect(401);
      await agent(ctx.app).post('/api/auth/sign-in').send({ email, password: PASSWORD }).expect(401);
      await agent(ctx.app)
        .post('/api/auth/sign-up')
        .send({ email, password: PASSWORD, displayName: 'Jean à nouveau' })
        .expect(201);
    });
  });
});

/** Other domains plug into the export and the erasure without identity knowing them. */
describe('identity: personal data contributed by other domains', () => {
  const erased: string[] = [];

  @Injectable()
  @ContributesPersonalData()
  class BallotsPersonalData implements PersonalDataContributor {
    readonly section = 'ballots';
    async collect(accountId: string, manager: EntityManager) {
      const [row] = await manager.query(`SELECT $1::uuid AS voter`, [accountId]);
      return [{ budget: 'Budget participatif 2026', voter: row.voter }];
    }
  }

  @Injectable()
  @ErasesPersonalData()
  class BallotsErasure implements AccountErasureHook {
    async eraseAccount(accountId: string, manager: EntityManager) {
      const [row] = await manager.query(`SELECT display_name FROM accounts WHERE id = $1`, [accountId]);
      erased.push(row.display_name as string);
    }
  }

  @Module({ providers: [BallotsPersonalData, BallotsErasure] })
  class BallotsModule {}

  let ctx: TestContext;
  let context: INestApplicationContext;
  beforeAll(async () => {
    ctx = await createTestContext();
    const config = { ...loadConfig(ctx.env), databaseUrl: ctx.databaseUrl };
    @Module({ imports: [AppModule.forRoot(config), BallotsModule] })
    class WithBallots {}
    context = await NestFactory.createApplicationContext(WithBallots, { logger: ['error'] });
  });
  afterAll(async () => {
    await context.close();
    await ctx.close();
  });

  it('adds their section to the export', async () => {
    const account = await createAccount(ctx);
    const [session] = await ctx.sql<{ id: string }>(
      `INSERT INTO sessions (account_id, token_hash, expires_at) VALUES ($1, sha256('x'::bytea), now() + interval '1 hour') RETURNING id`,
      [account.id],
    );
    const data = await context.get(PersonalDataService).export(account.id, session.id);
    expect(data.other).toEqual(
      expect.objectContaining({ ballots: [{ budget: 'Budget participatif 2026', voter: account.id }] }),
    );
  });

  it('runs their erasure before the account is cleared', async () => {
    const account = await createAccount(ctx, { displayName: 'Votante' });
    await context.get(PersonalDataService).erase(account.id);
    expect(erased).toEqual(['Votante']);
  });
});
