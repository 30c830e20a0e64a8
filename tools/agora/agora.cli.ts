import 'reflect-metadata';

import { join } from 'node:path';

import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

import { AppModule } from '../../apps/api/src/app.module';
import { PabulibTransferService } from '../../apps/api/src/budgets/pabulib-transfer.service';
import { ConfigError, loadConfig } from '../../apps/api/src/config/app.config';
import { runMigrations } from '../../apps/api/src/database/data-source';
import { EmbeddedPostgres, ensureDatabase, startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres.runtime';
import { DomainError } from '../../apps/api/src/errors/domain.error';
import { AgoraServices, runAgora } from './agora.command';

// Entry point of `npm run agora -- …`: boots the Nest application context (no HTTP server, no
// scheduled jobs) on DATABASE_URL or the embedded PostgreSQL, like main.ts, and runs one command.
let app: INestApplicationContext | null = null;
let embedded: EmbeddedPostgres | null = null;

async function services(): Promise<AgoraServices> {
  const config = loadConfig({ ...process.env, AGORA_JOBS_INTERVAL_SECONDS: '0' });
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({ pgdata: join(config.dataDir, 'pgdata') });
    databaseUrl = await ensureDatabase(embedded.url, 'agora');
  }
  await runMigrations(databaseUrl);
  app = await NestFactory.createApplicationContext(AppModule.forRoot({ ...config, databaseUrl }), { logger: ['error', 'warn'] });
  const transfer = app.get(PabulibTransferService);
  return {
    importPabulib: (text, territory, options) => transfer.import(text, territory, options),
    exportPabulib: (id) => transfer.export(id),
  };
}

runAgora(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) }, services)
  .then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      if (error instanceof DomainError) process.stderr.write(`${error.text.fr}\n${error.text.en}\n`);
      else if (error instanceof ConfigError) process.stderr.write(`Configuration invalide / invalid configuration: ${error.message}\n`);
      else process.stderr.write(`agora: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  )
  .finally(async () => {
    await app?.close();
    await embedded?.stop();
  });
