import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { runMigrations } from '../../apps/api/src/database/data-source';
import {
  EmbeddedPostgres,
  ensureDatabase,
  startEmbeddedPostgres,
} from '../../apps/api/src/database/embedded-postgres.runtime';

/**
 * What every HTTP benchmark needs: the API bundle built, a PostgreSQL (embedded, or $DATABASE_URL)
 * with a fresh database and every migration, then the real server in its own process. Seeding goes
 * between `startBenchDatabase` and `startBenchApi`, straight into the database.
 */
export const ROOT = resolve(__dirname, '../..');

export interface BenchDatabase {
  url: string;
  /** A temporary folder (PostgreSQL data, API data dir), removed by stop(). */
  work: string;
  stop(): Promise<void>;
}

export interface BenchApi {
  base: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** `--name value` from the command line, as a number; exits with a clear message on a bad value. */
export function numberArg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isFinite(value) || value < 0) {
    console.error(`--${name} attend un nombre positif / expects a non-negative number (got ${process.argv[i + 1]})`);
    process.exit(2);
  }
  return value;
}

export function listArg(name: string, fallback: number[]): number[] {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const values = (process.argv[i + 1] ?? '').split(',').map(Number);
  if (!values.length || values.some((v) => !Number.isInteger(v) || v <= 0)) {
    console.error(`--${name} attend des entiers séparés par des virgules / expects comma-separated integers`);
    process.exit(2);
  }
  return values;
}

/** "load 1.23/1.10/0.95 on 2 CPUs": printed next to every figure, since the machine may be shared. */
export function loadText(): string {
  return `load ${loadavg()
    .map((l) => l.toFixed(2))
    .join('/')} on ${cpus().length} CPUs`;
}

export function buildApi(): void {
  console.log('Building the API bundle…');
  execFileSync(process.execPath, ['tools/build/api.build.mjs'], { cwd: ROOT, stdio: 'inherit' });
}

/** The web app (browser files and the server bundle the API renders pages with); Nx skips it when unchanged. */
export function buildWeb(): void {
  console.log('Building the web app…');
  execFileSync(process.execPath, ['node_modules/nx/bin/nx.js', 'run', 'web:build', '--outputStyle=static'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
}

export async function startBenchDatabase(options: { name: string; pgPort: number }): Promise<BenchDatabase> {
  const work = mkdtempSync(join(tmpdir(), `agora-${options.name}-`));
  chmodSync(work, 0o755); // when run as root, the postgres user must reach the data folder
  let pg: EmbeddedPostgres | null = null;
  if (!process.env['DATABASE_URL']) {
    console.log(`Starting PostgreSQL on port ${options.pgPort}…`);
    pg = await startEmbeddedPostgres({ pgdata: join(work, 'pgdata'), ephemeral: true, port: options.pgPort });
  }
  const adminUrl = process.env['DATABASE_URL'] ?? pg!.url;
  const url = await ensureDatabase(adminUrl, `agora_${options.name.replace(/\W/g, '_')}_${Date.now()}`);
  await runMigrations(url);
  return {
    url,
    work,
    stop: async () => {
      await pg?.stop();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

async function waitForHealth(base: string, api: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (api.exitCode !== null) throw new Error('API process exited during start-up');
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('API did not become healthy');
}

/** The bundled server (dist/apps/api/main.js) on the bench database, jobs and demo data off. */
export async function startBenchApi(
  db: BenchDatabase,
  options: { port: number; env?: NodeJS.ProcessEnv },
): Promise<BenchApi> {
  const api = spawn(process.execPath, ['dist/apps/api/main.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: db.url,
      PORT: String(options.port),
      AGORA_DEMO: 'false',
      AGORA_JOBS_INTERVAL_SECONDS: '0',
      LOG_LEVEL: 'warn',
      AGORA_DATA_DIR: db.work,
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${options.port}`;
  await waitForHealth(base, api);
  return {
    base,
    process: api,
    stop: async () => {
      if (api.exitCode !== null || api.signalCode) return;
      const exited = new Promise((r) => api.once('exit', r));
      api.kill('SIGINT');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (api.exitCode === null && !api.signalCode) api.kill('SIGKILL');
    },
  };
}

/**
 * CPU seconds (user + system) a process and its children have used so far, from /proc (Linux; null
 * elsewhere): the API's primary and its workers (AGORA_WORKERS), the PostgreSQL postmaster and its
 * backends, children already reaped included (cutime/cstime). Unlike latency, CPU time per request
 * hardly depends on what else the machine is running.
 */
export function cpuSeconds(root: number | undefined): number | null {
  if (!root) return null;
  try {
    let total = 0;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let fields: string[];
      try {
        fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ');
      } catch {
        continue; // exited meanwhile
      }
      const pid = Number(entry);
      if (pid === root) total += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
      else if (Number(fields[1]) === root) total += Number(fields[11]) + Number(fields[12]);
    }
    return total / 100;
  } catch {
    return null;
  }
}

/** CPU seconds of the PostgreSQL server whose data folder is `pgdata` (see {@link cpuSeconds}); null when not found. */
export function postgresCpuSeconds(pgdata: string): number | null {
  try {
    return cpuSeconds(Number(readFileSync(join(pgdata, 'postmaster.pid'), 'utf8').split('\n')[0]));
  } catch {
    return null;
  }
}

/** Nearest-rank percentile of unsorted values (milliseconds). */
export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function latencyText(values: number[]): string {
  const f = (p: number) => percentile(values, p).toFixed(0);
  return `p50 ${f(50)} ms · p95 ${f(95)} ms · p99 ${f(99)} ms · max ${f(100)} ms (n=${values.length})`;
}
