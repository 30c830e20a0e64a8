import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { runMigrations } from '../../src/database/data-source';
import { ensureDatabase, startEmbeddedPostgres } from '../../src/database/embedded-postgres.runtime';
import { TEMPLATE_DATABASE } from './test-database.constants';

export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env['TEST_DATABASE_ADMIN_URL'];
  if (!adminUrl) {
    // /tmp is reachable by the postgres user when the tests run as root (CI).
    const dir = mkdtempSync(join(tmpdir(), 'agora-test-pg-'));
    const server = await startEmbeddedPostgres({ pgdata: join(dir, 'pgdata'), ephemeral: true });
    (globalThis as Record<string, unknown>)['__AGORA_TEST_PG__'] = server;
    adminUrl = server.url;
  }
  const { Client } = await import('pg');
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`);
  await client.end();
  const templateUrl = await ensureDatabase(adminUrl, TEMPLATE_DATABASE);
  await runMigrations(templateUrl);
  process.env['AGORA_TEST_PG_ADMIN_URL'] = adminUrl;
}
