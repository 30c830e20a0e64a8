import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import request from 'supertest';

import type { OutboxMail } from '@agora/contracts';

import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/app.config';
import { PasswordHasher } from '../../src/identity/password.hasher';
import { TEMPLATE_DATABASE } from './test-database.constants';

export interface TestContext {
  app: INestApplication;
  databaseUrl: string;
  /** This context's own $AGORA_DATA_DIR (outbox, uploads), removed on close unless given in `env`. */
  dataDir: string;
  /** The environment the app was configured with, to start a second process like it. */
  env: NodeJS.ProcessEnv;
  /** Direct SQL on the test database, to check rows. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env['AGORA_TEST_PG_ADMIN_URL'];
  if (!url)
    throw new Error('AGORA_TEST_PG_ADMIN_URL is not set: run the API tests through apps/api/jest.config.ts');
  return url;
}

/** A fresh database with every migration applied, cloned from the template in a few milliseconds. */
export async function createTestDatabase(): Promise<string> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  await admin.end();
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropTestDatabase(databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}

/** The real application on a fresh database, ready for supertest. */
export async function createTestContext(env: NodeJS.ProcessEnv = {}): Promise<TestContext> {
  const databaseUrl = await createTestDatabase();
  // A data folder per context, so that one test file never reads another's outbox.
  const ownDataDir = env['AGORA_DATA_DIR'] ? null : mkdtempSync(join(tmpdir(), 'agora-test-data-'));
  const fullEnv = {
    AGORA_DEMO: 'false',
    AGORA_JOBS_INTERVAL_SECONDS: '0',
    AGORA_DATA_DIR: ownDataDir ?? '',
    ...env,
  };
  const config = loadConfig(fullEnv);
  const app = await createApp({ ...config, databaseUrl }, { logRequests: false });
  await app.init();
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  return {
    app,
    databaseUrl,
    dataDir: config.dataDir,
    env: fullEnv,
    sql: async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[],
    close: async () => {
      await client.end();
      await app.close();
      await dropTestDatabase(databaseUrl);
      if (ownDataDir) rmSync(ownDataDir, { recursive: true, force: true });
    },
  };
}

/** Another API process on the same database and data folder, as behind a load balancer. Close it yourself. */
export async function createSecondApp(
  ctx: TestContext,
  env: NodeJS.ProcessEnv = {},
): Promise<INestApplication> {
  const config = loadConfig({ ...ctx.env, ...env });
  const app = await createApp({ ...config, databaseUrl: ctx.databaseUrl }, { logRequests: false });
  await app.init();
  return app;
}

/**
 * A supertest agent that keeps cookies and sends the CSRF header like the web app does. The token is
 * made here (double-submit only needs the cookie and the header to match), so no request is spent.
 */
export function agent(app: INestApplication) {
  const token = randomBytes(32).toString('base64url');
  return request.agent(app.getHttpServer()).set('Cookie', `XSRF-TOKEN=${token}`).set('X-XSRF-TOKEN', token);
}

/** Like `agent`, but takes the CSRF token from the API (GET /api/auth/csrf), exactly as a browser does. */
export async function csrfAgent(app: INestApplication) {
  const browser = request.agent(app.getHttpServer());
  const res = await browser.get('/api/auth/csrf').expect(204);
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const token = /XSRF-TOKEN=([^;]+)/.exec(cookies.join('\n'))?.[1];
  if (!token) throw new Error('GET /api/auth/csrf set no XSRF-TOKEN cookie');
  return browser.set('X-XSRF-TOKEN', decodeURIComponent(token));
}

export interface TestAccount {
  id: string;
  email: string;
  password: string;
}

/**
 * Creates an account straight in the database (no mail, no sign-up rate limit), verified unless told
 * otherwise, and signs it in through the API: an agent with its session and CSRF cookies.
 */
export async function signedInAgent(
  ctx: TestContext,
  options: { email?: string; password?: string; displayName?: string; verified?: boolean } = {},
) {
  const account = await createAccount(ctx, options);
  const browser = agent(ctx.app);
  await browser
    .post('/api/auth/sign-in')
    .send({ email: account.email, password: account.password })
    .expect(200);
  return Object.assign(browser, { account });
}

/** An account inserted in the database, with a real argon2id hash of its password. */
export async function createAccount(
  ctx: TestContext,
  options: { email?: string; password?: string; displayName?: string; verified?: boolean } = {},
): Promise<TestAccount> {
  const email = options.email ?? `person-${randomBytes(4).toString('hex')}@example.fr`;
  const password = options.password ?? 'violet-tramway-de-brest';
  const passwordHash = await ctx.app.get(PasswordHasher).hash(password);
  const [row] = await ctx.sql<{ id: string }>(
    `INSERT INTO accounts (email, password_hash, display_name, email_verified_at)
     VALUES ($1, $2, $3, CASE WHEN $4 THEN now() END) RETURNING id`,
    [email, passwordHash, options.displayName ?? 'Camille Test', options.verified ?? true],
  );
  return { id: row.id, email, password };
}

/** The mails in the development outbox, newest first (as GET /api/dev/outbox lists them). */
export async function outboxMails(ctx: TestContext, to?: string): Promise<OutboxMail[]> {
  const res = await request(ctx.app.getHttpServer()).get('/api/dev/outbox').expect(200);
  const mails = res.body as OutboxMail[];
  return to ? mails.filter((mail) => mail.to === to.toLowerCase()) : mails;
}

/** The token in the newest link of the newest mail to `to` that leads to `page`. */
export async function tokenFromOutbox(ctx: TestContext, to: string, page: string): Promise<string> {
  for (const mail of await outboxMails(ctx, to)) {
    const link = mail.links.find((candidate) => new URL(candidate).pathname === page);
    if (link) return new URL(link).searchParams.get('token') ?? '';
  }
  throw new Error(`No mail to ${to} with a link to ${page}`);
}

/**
 * Signs in (through the real sign-in route) a new verified account that holds `role` on the territory,
 * or no role at all with `role: null`. The role row is written directly: granting through the API
 * would need an admin first, and POST /api/admin/roles has tests of its own.
 */
export async function signInAs(
  ctx: TestContext,
  role: 'citizen' | 'staff' | 'official' | 'admin' | null,
  territoryId?: string,
  options: { email?: string; displayName?: string; verified?: boolean } = {},
) {
  const browser = await signedInAgent(ctx, options);
  if (role) {
    if (!territoryId) throw new Error('signInAs: a role needs a territory');
    await ctx.sql(`INSERT INTO role_assignments (account_id, role, territory_id) VALUES ($1, $2, $3)`, [
      browser.account.id,
      role,
      territoryId,
    ]);
  }
  return browser;
}
