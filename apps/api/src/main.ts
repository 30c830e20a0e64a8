import 'reflect-metadata';

import cluster from 'node:cluster';
import type { Worker } from 'node:cluster';
import type { Server } from 'node:http';
import { join } from 'node:path';

import type { INestApplication } from '@nestjs/common';

import { createApp } from './app.factory';
import { AppConfig, ConfigError, loadConfig } from './config/app.config';
import { runMigrations } from './database/data-source';
import { EmbeddedPostgres, ensureDatabase, startEmbeddedPostgres } from './database/embedded-postgres.runtime';
import { seedDemoData } from './demo/demo.seed';

type DemoAccounts = Awaited<ReturnType<typeof seedDemoData>>;

/**
 * The database, ready: embedded PostgreSQL started when no DATABASE_URL is given, migrations applied
 * (under an advisory lock, so processes starting together apply them once).
 */
async function prepareDatabase(config: AppConfig): Promise<{ databaseUrl: string; embedded: EmbeddedPostgres | null }> {
  let embedded: EmbeddedPostgres | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    const pgdata = join(config.dataDir, 'pgdata');
    console.log(`Démarrage de PostgreSQL embarqué / starting embedded PostgreSQL (${pgdata})…`);
    embedded = await startEmbeddedPostgres({ pgdata, log: (line) => process.env['AGORA_PG_LOG'] && console.log(line) });
    databaseUrl = await ensureDatabase(embedded.url, 'agora');
  }
  const applied = await runMigrations(databaseUrl);
  if (applied.length) console.log(`Migrations appliquées / applied: ${applied.join(', ')}`);
  return { databaseUrl, embedded };
}

async function listen(app: INestApplication, config: AppConfig): Promise<void> {
  await app.listen(config.port, '0.0.0.0');
  // Idle keep-alive connections outlive the reverse proxy's (nginx, cloud load balancers: 60 s), so
  // the proxy never reuses a connection Node has just closed (a 502 on a non-retriable POST).
  const server = app.getHttpServer() as Server;
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
}

function announceReady(config: AppConfig, accounts: DemoAccounts): void {
  const workers = config.workers > 1 ? ` (${config.workers} processus / workers)` : '';
  console.log(`\nAgora est prêt / is ready: ${config.publicUrl}${workers}`);
  console.log(`  API: ${config.publicUrl}/api  ·  OpenAPI: ${config.publicUrl}/api/docs`);
  if (accounts.length) {
    console.log('  Comptes de démonstration / demo accounts:');
    for (const account of accounts) console.log(`    ${account.role.padEnd(9)} ${account.email.padEnd(34)} ${account.password}`);
  }
}

/** Stops cleanly once on SIGINT/SIGTERM: `stop` closes what this process opened, then it exits. */
function onSignals(stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    if (!cluster.isWorker) console.log(`\n${signal} reçu : arrêt propre… / stopping cleanly…`);
    try {
      await stop();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

/** One process serving everything (AGORA_WORKERS=1, the default). */
async function single(config: AppConfig): Promise<void> {
  let embedded: EmbeddedPostgres | null = null;
  let app: INestApplication | null = null;
  onSignals(async () => {
    try {
      await app?.close();
    } finally {
      await embedded?.stop();
    }
  });
  const database = await prepareDatabase(config);
  embedded = database.embedded;
  app = await createApp({ ...config, databaseUrl: database.databaseUrl });
  const accounts = config.demo ? await seedDemoData(app) : [];
  await listen(app, config);
  announceReady(config, accounts);
}

/**
 * AGORA_WORKERS=N: this primary process prepares the database (and seeds the demo) once, then runs N
 * workers that share the port; the operating system spreads connections among them. A worker that
 * dies (crash, kill -9) is replaced; its requests in flight fail as on any lost replica, and the
 * database keeps them all-or-nothing.
 */
async function primary(config: AppConfig): Promise<void> {
  let embedded: EmbeddedPostgres | null = null;
  let stopping = false;
  onSignals(async () => {
    stopping = true;
    const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
    await Promise.all(
      alive.map(
        (worker) =>
          new Promise<void>((resolve) => {
            worker.once('exit', () => resolve());
            worker.process.kill('SIGTERM');
          }),
      ),
    );
    await embedded?.stop();
  });
  const database = await prepareDatabase(config);
  embedded = database.embedded;
  let accounts: DemoAccounts = [];
  if (config.demo) {
    const seeder = await createApp({ ...config, databaseUrl: database.databaseUrl, jobsIntervalSeconds: 0 });
    try {
      accounts = await seedDemoData(seeder);
    } finally {
      await seeder.close();
    }
  }

  const env = { DATABASE_URL: database.databaseUrl, AGORA_DEMO: 'false' };
  // A worker that exits on its own before it ever listened cannot start (bad configuration, port
  // taken): stop everything rather than fork it again and again. One that served, or was killed by a
  // signal (kill -9, out of memory), is replaced.
  const served = new Set<number>();
  let listening = 0;
  const ready = new Promise<void>((resolve) => {
    cluster.on('listening', (worker) => {
      served.add(worker.id);
      listening += 1;
      if (listening === config.workers) resolve();
    });
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    console.error(`Processus ${worker.process.pid} arrêté / worker stopped (${signal ?? `code ${code}`})`);
    if (!served.delete(worker.id) && !signal) {
      console.error('Il s’est arrêté au démarrage : arrêt de tout / it died while starting: stopping everything');
      process.kill(process.pid, 'SIGTERM');
      return;
    }
    cluster.fork(env);
  });
  for (let i = 0; i < config.workers; i++) cluster.fork(env);
  await ready;
  announceReady(config, accounts);
}

/** One of the primary's workers: the database is ready, the demo seeded; serve. */
async function worker(config: AppConfig): Promise<void> {
  let app: INestApplication | null = null;
  onSignals(async () => {
    await app?.close();
  });
  if (!config.databaseUrl) throw new ConfigError('DATABASE_URL manquant pour un processus de travail / missing for a worker');
  app = await createApp({ ...config, databaseUrl: config.databaseUrl });
  await listen(app, config);
}

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  if (cluster.isWorker) return worker(config);
  if (config.workers > 1) return primary(config);
  return single(config);
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration invalide / invalid configuration: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
