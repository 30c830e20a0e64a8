import { randomBytes } from 'node:crypto';

import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import request from 'supertest';

import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/app.config';

const TEMPLATE_DATABASE = 'agora_template';

export interface TestContext {
  app: INestApplication;
  databaseUrl: string;
  /** Direct SQL on the test database, to check rows. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env['AGORA_TEST_PG_ADMIN_URL'];
  if (!url) throw new Error('AGORA_TEST_PG_ADMIN_URL is not set: run the API tests through apps/api/jest.config.ts');
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
  const config = loadConfig({ AGORA_DEMO: 'false', AGORA_DATA_DIR: '/tmp/agora-test-data', ...env });
  const app = await createApp({ ...config, databaseUrl }, { logRequests: false });
  await app.init();
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  return {
    app,
    databaseUrl,
    sql: async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[],
    close: async () => {
      await client.end();
      await app.close();
      await dropTestDatabase(databaseUrl);
    },
  };
}

/** A supertest agent that keeps cookies and sends the CSRF header like the web app does. */
export function agent(app: INestApplication) {
  return request.agent(app.getHttpServer());
}
