import 'reflect-metadata';

import type { Server } from 'node:http';
import { join } from 'node:path';

import type { INestApplication } from '@nestjs/common';

import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/app.config';
import { runMigrations } from './database/data-source';
import { EmbeddedPostgres, ensureDatabase, startEmbeddedPostgres } from './database/embedded-postgres.runtime';
import { seedDemoData } from './demo/demo.seed';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  let embedded: EmbeddedPostgres | null = null;
  let app: INestApplication | null = null;
  let stopping = false;

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} reçu : arrêt propre… / stopping cleanly…`);
    try {
      await app?.close();
    } finally {
      await embedded?.stop();
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    const pgdata = join(config.dataDir, 'pgdata');
    console.log(`Démarrage de PostgreSQL embarqué / starting embedded PostgreSQL (${pgdata})…`);
    embedded = await startEmbeddedPostgres({ pgdata, log: (line) => process.env['AGORA_PG_LOG'] && console.log(line) });
    databaseUrl = await ensureDatabase(embedded.url, 'agora');
  }

  const applied = await runMigrations(databaseUrl);
  if (applied.length) console.log(`Migrations appliquées / applied: ${applied.join(', ')}`);

  app = await createApp({ ...config, databaseUrl });
  const accounts = config.demo ? await seedDemoData(app) : [];
  await app.listen(config.port, '0.0.0.0');
  // Idle keep-alive connections outlive the reverse proxy's (nginx, cloud load balancers: 60 s), so
  // the proxy never reuses a connection Node has just closed (a 502 on a non-retriable POST).
  const server = app.getHttpServer() as Server;
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  console.log(`\nAgora est prêt / is ready: ${config.publicUrl}`);
  console.log(`  API: ${config.publicUrl}/api  ·  OpenAPI: ${config.publicUrl}/api/docs`);
  if (accounts.length) {
    console.log('  Comptes de démonstration / demo accounts:');
    for (const account of accounts) console.log(`    ${account.role.padEnd(9)} ${account.email.padEnd(34)} ${account.password}`);
  }
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration invalide / invalid configuration: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
