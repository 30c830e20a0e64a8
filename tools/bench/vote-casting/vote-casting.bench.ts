import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

import { Client } from 'pg';

import { runMigrations } from '../../../apps/api/src/database/data-source';
import {
  ensureDatabase,
  findFreePort,
  startEmbeddedPostgres,
} from '../../../apps/api/src/database/embedded-postgres.runtime';
import { cpuSeconds, postgresCpuSeconds } from '../bench-stack.runtime';
import { pgbenchScript, seedBench } from './bench-seed.data';

// `npm run bench:vote-casting -- [--voters 20000] [--curve 4,8,16,32,64] [--pgbench-curve 4,8,16,32]
//   [--curve-voters 1500] [--connections N] [--pgbench-clients N] [--workers N] [--port N] [--pg-port N]`
// (free ports unless given; --workers: API processes sharing the port, AGORA_WORKERS, one per core by default).
// Drives the real HTTP API (bundled server, separate process) with distinct signed-in voters casting one
// knapsack ballot each: first a short run per level of concurrency (the curve), then N voters at the
// level with the highest rate whose p99 stays under 100 ms (or --connections). Then the same register +
// ballot transaction in bare SQL with pgbench on the same PostgreSQL, likewise at its best number of
// clients. Checks that no ballot was lost or duplicated. Prints figures, with the CPU time each process
// used per ballot (steadier than rates when the machine is shared); asserts nothing.
const ROOT = resolve(__dirname, '../../..');
const BUNDLE = 'vote-casting-bench-main';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

async function waitForHealth(url: string, api: ChildProcess): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (api.exitCode !== null) throw new Error('API process exited during start-up');
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('API did not become healthy');
}

interface LoadResult {
  requests: number;
  durationSeconds: number;
  perSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  statuses: Record<string, number>;
  cpuSeconds: number;
}

/** One load run and the CPU seconds each side used meanwhile (null where not measurable). */
interface Measured<T> {
  result: T;
  load: number;
  apiCpu: number | null;
  pgCpu: number | null;
}

const P99_TARGET_MS = 100;

function list(name: string, fallback: number[]): number[] {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1].split(',').map(Number).filter((n) => n > 0) : fallback;
}

const perBallot = (seconds: number | null, count: number) =>
  seconds === null || count === 0 ? null : (1000 * seconds) / count;
const fmt = (ms: number | null) => (ms === null ? '  n/a' : ms.toFixed(2).padStart(5));

async function main(): Promise<void> {
  const voters = arg('voters', 20000);
  // API processes sharing the port (AGORA_WORKERS): one per core by default, as `AGORA_WORKERS=auto`
  // deploys it on one machine.
  const workers = arg('workers', cpus().length);
  const forcedConnections = process.argv.includes('--connections') ? arg('connections', 32) : null;
  const curve = forcedConnections ? [] : list('curve', [4, 8, 16, 32, 64]);
  const curveVoters = arg('curve-voters', 1500);
  const forcedClients = process.argv.includes('--pgbench-clients') ? arg('pgbench-clients', 16) : null;
  const pgCurve = forcedClients ? [] : list('pgbench-curve', [4, 8, 16, 32]);
  const accounts = voters + Math.max(curve.length, pgCurve.length) * curveVoters;
  const work = mkdtempSync(join(tmpdir(), 'agora-bench-'));
  const statements = process.env['BENCH_PG_STATEMENTS'] === '1' && !process.env['DATABASE_URL'];
  console.log(
    `Vote-casting benchmark: ${voters} voters cast through the API and ${voters} bare-SQL transactions, after a ` +
      `${curveVoters}-voter run per concurrency level (HTTP ${curve.join('/') || '-'}, pgbench ${pgCurve.join('/') || '-'}); ` +
      `${cpus().length} CPUs shared by the load generator, the API (${workers} process${workers > 1 ? 'es' : ''}, AGORA_WORKERS) and PostgreSQL.`,
  );

  // BENCH_API_BUNDLE=path/to/main.js: an API built elsewhere (another commit's, for a before/after on one machine).
  const bundle = process.env['BENCH_API_BUNDLE'] ? resolve(process.env['BENCH_API_BUNDLE']) : join(ROOT, `dist/apps/api/${BUNDLE}.js`);
  if (!process.env['BENCH_API_BUNDLE']) {
    console.log('Building the API bundle…');
    // Its own bundle name: another build of dist/apps/api/main.js running meanwhile cannot swap it mid-run.
    execFileSync(process.execPath, ['tools/build/api.build.mjs', `${BUNDLE}=apps/api/src/main.ts`], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  } else console.log(`API bundle: ${bundle}`);

  const pg = process.env['DATABASE_URL']
    ? null
    : await startEmbeddedPostgres({
        pgdata: join(work, 'pgdata'),
        ephemeral: true,
        port: process.argv.includes('--pg-port') ? arg('pg-port', 0) : undefined,
        // BENCH_PG_STATEMENTS=1: where PostgreSQL spends its time, statement by statement (adds a little overhead).
        settings: statements ? { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track': 'all' } : {},
      });
  const adminUrl = process.env['DATABASE_URL'] ?? pg!.url;
  const url = await ensureDatabase(adminUrl, `agora_bench_${Date.now()}`);
  const pgCpu = () => (pg ? postgresCpuSeconds(pg.dataDir) : null);
  let api: ChildProcess | null = null;
  // Interrupted (Ctrl-C): stop the API and PostgreSQL and remove the data, as at the end of a run.
  const interrupted = () => {
    api?.kill('SIGINT');
    void Promise.resolve(pg?.stop())
      .catch(() => undefined)
      .finally(() => {
        rmSync(work, { recursive: true, force: true });
        process.exit(130);
      });
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    await runMigrations(url);
    console.log(`Seeding ${accounts} voters and their sessions…`);
    const seed = await seedBench(url, accounts);

    const db = new Client({ connectionString: url });
    await db.connect();
    const count = async (budgetId: string) =>
      (
        await db.query(
          `SELECT (SELECT count(*)::int FROM ballots WHERE budget_id = $1) AS ballots,
                  (SELECT count(*)::int FROM participations WHERE budget_id = $1) AS register,
                  (SELECT count(DISTINCT account_id)::int FROM participations WHERE budget_id = $1) AS people`,
          [budgetId],
        )
      ).rows[0] as { ballots: number; register: number; people: number };
    const topStatements = async (title: string, per: number) => {
      if (!statements) return;
      const { rows } = await db.query(
        `SELECT calls, total_exec_time, total_plan_time, wal_bytes, regexp_replace(left(query, 110), '\\s+', ' ', 'g') AS query
         FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
         ORDER BY total_exec_time + total_plan_time DESC LIMIT 8`,
      );
      console.log(`\n${title}: PostgreSQL time per ballot by statement (pg_stat_statements, execution + planning)`);
      for (const r of rows as Array<{ calls: string; total_exec_time: number; total_plan_time: number; wal_bytes: string; query: string }>)
        console.log(
          `  ${((r.total_exec_time + r.total_plan_time) / per).toFixed(3).padStart(7)} ms  ${String(r.calls).padStart(7)} calls  ` +
            `WAL ${(Number(r.wal_bytes) / per).toFixed(0).padStart(5)} B  ${r.query}`,
        );
      await db.query('SELECT pg_stat_statements_reset()');
    };
    if (statements) await db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');

    const port = process.argv.includes('--port') ? arg('port', 0) : await findFreePort();
    // BENCH_CPU_PROFILE=dir writes a V8 CPU profile of the API process there.
    const profile = process.env['BENCH_CPU_PROFILE']
      ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_CPU_PROFILE']}`]
      : [];
    api = spawn(process.execPath, [...profile, bundle], {
      cwd: dirname(dirname(dirname(dirname(bundle)))),
      env: {
        ...process.env,
        DATABASE_URL: url,
        PORT: String(port),
        AGORA_DEMO: 'false',
        AGORA_JOBS_INTERVAL_SECONDS: '0',
        AGORA_WORKERS: String(workers),
        // As in production (one line per request), written where nobody reads it.
        LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'info',
        AGORA_DATA_DIR: work,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const base = `http://127.0.0.1:${port}`;
    await waitForHealth(base, api);
    const apiPid = api.pid;

    let nextToken = 0;
    const cast = (count: number, connections: number): Measured<LoadResult> => {
      const tokens = seed.tokens.slice(nextToken, nextToken + count);
      nextToken += count;
      const inputFile = join(work, `load-${nextToken}.json`);
      writeFileSync(
        inputFile,
        JSON.stringify({
          url: base,
          processId: seed.processId,
          budgetId: seed.apiBudgetId,
          projectIds: seed.projectIds,
          tokens,
          connections,
        }),
      );
      const load = loadavg()[0];
      const api0 = cpuSeconds(apiPid);
      const pg0 = pgCpu();
      const run = spawnSync(
        process.execPath,
        [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(__dirname, 'vote-casting.load.ts'), inputFile],
        { encoding: 'utf8', maxBuffer: 1 << 24 },
      );
      const api1 = cpuSeconds(apiPid);
      const pg1 = pgCpu();
      if (run.status !== 0) throw new Error(`load generator failed: ${run.stderr}`);
      return {
        result: JSON.parse(run.stdout) as LoadResult,
        load,
        apiCpu: api0 === null || api1 === null ? null : api1 - api0,
        pgCpu: pg0 === null || pg1 === null ? null : pg1 - pg0,
      };
    };
    const created = (m: Measured<LoadResult>) => m.result.statuses['201'] ?? 0;
    const httpLine = (label: string, m: Measured<LoadResult>) => {
      const n = created(m);
      const r = m.result;
      return (
        `  ${label.padEnd(16)} ${r.perSecond.toFixed(1).padStart(7)} ballots/s  p50 ${String(r.p50).padStart(4)} ms  p90 ${String(r.p90).padStart(4)} ms  ` +
        `p99 ${String(r.p99).padStart(4)} ms  max ${String(r.max).padStart(5)} ms  CPU ms/ballot: API ${fmt(perBallot(m.apiCpu, n))}, ` +
        `PostgreSQL ${fmt(perBallot(m.pgCpu, n))}, load generator ${fmt(perBallot(r.cpuSeconds, n))}  ` +
        `${r.errors || n !== r.requests ? `responses ${JSON.stringify(r.statuses)} errors ${r.errors}  ` : ''}(load ${m.load.toFixed(1)})`
      );
    };

    // Warm-up: the first requests compile code and fill the pool; not measured, not part of the curve.
    const warmUp = cast(Math.min(200, curveVoters), 8);
    let allCreated = created(warmUp);

    console.log('\nHTTP API, one level of concurrency after another (keep-alive connections):');
    const levels: Array<{ connections: number; m: Measured<LoadResult> }> = [];
    for (const connections of curve) {
      const m = cast(curveVoters, connections);
      allCreated += created(m);
      levels.push({ connections, m });
      console.log(httpLine(`${connections} connections`, m));
    }
    const withinTarget = levels.filter((l) => l.m.result.p99 < P99_TARGET_MS && l.m.result.errors === 0);
    const pick = (candidates: typeof levels) =>
      candidates.reduce((best, l) => (l.m.result.perSecond > best.m.result.perSecond ? l : best));
    const connections =
      forcedConnections ?? (withinTarget.length ? pick(withinTarget) : pick(levels)).connections;
    console.log(
      forcedConnections
        ? `  → ${connections} connections (as asked)`
        : withinTarget.length
          ? `  → ${connections} connections: the highest rate with p99 under ${P99_TARGET_MS} ms`
          : `  → ${connections} connections: no level kept p99 under ${P99_TARGET_MS} ms, taking the highest rate`,
    );
    console.log(`Casting ${voters} ballots through the HTTP API with ${connections} connections…`);
    if (statements) await db.query('SELECT pg_stat_statements_reset()');
    const main = cast(voters, connections);
    allCreated += created(main);
    const apiRows = await count(seed.apiBudgetId);
    await topStatements('HTTP API main run', created(main));


    // The same register entry + ballot in bare SQL, prepared like the API's statements, same server,
    // same synchronous_commit; its own voters (in the twin envelope) so nothing conflicts.
    const scriptFile = join(work, 'cast.sql');
    writeFileSync(scriptFile, pgbenchScript(seed));
    const pgbench = (transactions: number, clients: number) => {
      const load = loadavg()[0];
      const pg0 = pgCpu();
      // /usr/bin/time reports the CPU pgbench itself (the client) used.
      const run = spawnSync(
        '/usr/bin/time',
        ['-f', 'client-cpu %U %S', 'pgbench', '-n', '-M', 'prepared', '-c', String(clients), '-j', '2',
          '-t', String(Math.max(1, Math.floor(transactions / clients))), '-f', scriptFile, url],
        { encoding: 'utf8' },
      );
      const pg1 = pgCpu();
      const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(run.stdout ?? '')?.[1] ?? NaN);
      const done = Number(/number of transactions actually processed: (\d+)/.exec(run.stdout ?? '')?.[1] ?? 0);
      const latency = /latency average = ([\d.]+) ms/.exec(run.stdout ?? '')?.[1] ?? 'n/a';
      const client = /client-cpu ([\d.]+) ([\d.]+)/.exec(run.stderr ?? '');
      if (run.error || !Number.isFinite(tps))
        throw new Error(`pgbench unavailable or failed: ${run.error?.message ?? run.stderr}`);
      return {
        clients,
        tps,
        done,
        latency,
        load,
        pgCpu: pg0 === null || pg1 === null ? null : pg1 - pg0,
        clientCpu: client ? Number(client[1]) + Number(client[2]) : null,
      };
    };
    const sqlLine = (label: string, r: ReturnType<typeof pgbench>) =>
      `  ${label.padEnd(16)} ${r.tps.toFixed(1).padStart(7)} transactions/s  latency average ${r.latency} ms  CPU ms/transaction: ` +
      `PostgreSQL ${fmt(perBallot(r.pgCpu, r.done))}, pgbench ${fmt(perBallot(r.clientCpu, r.done))}  (load ${r.load.toFixed(1)})`;
    console.log('\nBare SQL (pgbench -M prepared), one number of clients after another:');
    const sqlLevels = pgCurve.map((clients) => {
      const r = pgbench(curveVoters, clients);
      console.log(sqlLine(`${clients} clients`, r));
      return r;
    });
    const clients =
      forcedClients ?? sqlLevels.reduce((best, r) => (r.tps > best.tps ? r : best)).clients;
    console.log(`Running ${voters} bare-SQL transactions with ${clients} clients (${forcedClients ? 'as asked' : 'its best level'})…`);
    if (statements) await db.query('SELECT pg_stat_statements_reset()');
    const sql = pgbench(voters, clients);
    await topStatements('bare SQL main run', sql.done);
    const sqlRows = await count(seed.sqlBudgetId);
    const sqlDone = sqlLevels.reduce((sum, r) => sum + r.done, sql.done);
    const settings = (await db.query(`SELECT current_setting('synchronous_commit') AS sc, current_setting('fsync') AS fs`)).rows[0];
    await db.end();

    const n = created(main);
    const apiTotal = [perBallot(main.apiCpu, n), perBallot(main.pgCpu, n), perBallot(main.result.cpuSeconds, n)];
    const sqlTotal = [perBallot(sql.pgCpu, sql.done), perBallot(sql.clientCpu, sql.done)];
    const sum = (xs: Array<number | null>) => (xs.some((x) => x === null) ? null : xs.reduce((a, b) => a! + b!, 0)!);
    console.log(`\n— HTTP API (${connections} connections, ${voters} voters) —`);
    console.log(httpLine('main run', main));
    console.log(
      `  rows             ballots ${apiRows.ballots}, register ${apiRows.register}, distinct voters ${apiRows.people}; 201 responses ${allCreated}`,
    );
    console.log(
      `  integrity        ${apiRows.ballots === allCreated && apiRows.register === allCreated && apiRows.people === allCreated ? 'OK: no ballot lost or duplicated' : 'MISMATCH: ballots lost or duplicated'}`,
    );
    console.log(`— bare SQL (pgbench, ${clients} clients, synchronous_commit ${settings.sc}, fsync ${settings.fs}) —`);
    console.log(sqlLine('main run', sql));
    console.log(`  rows             ballots ${sqlRows.ballots} for ${sqlDone} transactions`);
    const ratio = (100 * main.result.perSecond) / sql.tps;
    const apiCpu = sum(apiTotal);
    const sqlCpu = sum(sqlTotal);
    console.log(
      `— ratio API / pgbench: ${ratio.toFixed(1)} %, p99 ${main.result.p99} ms (target ≥ 30 %, p99 < ${P99_TARGET_MS} ms): ` +
        `${ratio >= 30 && main.result.p99 < P99_TARGET_MS && main.result.errors === 0 ? 'MET' : 'NOT MET'}`,
    );
    if (apiCpu !== null && sqlCpu !== null)
      console.log(
        `  CPU per ballot, all processes: API path ${apiCpu.toFixed(2)} ms, bare SQL ${sqlCpu.toFixed(2)} ms → ` +
          `${((100 * sqlCpu) / apiCpu).toFixed(1)} % (the ratio a CPU-bound machine with nothing else running would approach)`,
      );
  } finally {
    api?.kill('SIGINT');
    await new Promise((r) => setTimeout(r, 1500));
    await pg?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
