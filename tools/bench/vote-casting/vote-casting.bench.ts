import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { Client } from 'pg';

import { runMigrations } from '../../../apps/api/src/database/data-source';
import {
  ensureDatabase,
  findFreePort,
  startEmbeddedPostgres,
} from '../../../apps/api/src/database/embedded-postgres.runtime';
import { pgbenchScript, seedBench } from './bench-seed.data';

// `npx tsx tools/bench/vote-casting/vote-casting.bench.ts [--voters 20000] [--connections 32] [--pgbench-clients 16]`
// Drives the real HTTP API (bundled server, separate process) with N distinct signed-in voters casting one
// knapsack ballot each, then measures the same register + ballot transaction in bare SQL with pgbench on
// the same PostgreSQL, and checks that no ballot was lost or duplicated. Prints figures; asserts nothing.
const ROOT = resolve(__dirname, '../../..');

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

/**
 * CPU seconds (user + system) a process has used so far, from /proc (Linux; null elsewhere). Unlike
 * throughput, CPU time per ballot hardly depends on what else the machine is running.
 */
function cpuSeconds(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const voters = arg('voters', 20000);
  const connections = arg('connections', 32);
  const pgbenchClients = arg('pgbench-clients', 16);
  const work = mkdtempSync(join(tmpdir(), 'agora-bench-'));
  console.log(
    `Vote-casting benchmark: ${voters} voters, ${connections} HTTP connections, ${pgbenchClients} pgbench clients`,
  );

  console.log('Building the API bundle…');
  execFileSync(process.execPath, ['tools/build/api.build.mjs'], { cwd: ROOT, stdio: 'inherit' });

  const pg = process.env['DATABASE_URL']
    ? null
    : await startEmbeddedPostgres({ pgdata: join(work, 'pgdata'), ephemeral: true });
  const adminUrl = process.env['DATABASE_URL'] ?? pg!.url;
  const url = await ensureDatabase(adminUrl, `agora_bench_${Date.now()}`);
  let api: ChildProcess | null = null;
  try {
    await runMigrations(url);
    console.log('Seeding voters and sessions…');
    const seed = await seedBench(url, voters);

    const port = await findFreePort();
    // BENCH_CPU_PROFILE=dir writes a V8 CPU profile of the API process there.
    const profile = process.env['BENCH_CPU_PROFILE']
      ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_CPU_PROFILE']}`]
      : [];
    api = spawn(process.execPath, [...profile, 'dist/apps/api/main.js'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: url,
        PORT: String(port),
        AGORA_DEMO: 'false',
        AGORA_JOBS_INTERVAL_SECONDS: '0',
        LOG_LEVEL: 'warn',
        AGORA_DATA_DIR: work,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const base = `http://127.0.0.1:${port}`;
    await waitForHealth(base, api);

    // The machine may be shared: the load before each phase says how comparable the two figures are.
    const apiLoad = loadavg()[0];
    console.log(
      `Casting ballots through the HTTP API… (load ${apiLoad.toFixed(1)} on ${cpus().length} CPUs)`,
    );
    const inputFile = join(work, 'load.json');
    writeFileSync(
      inputFile,
      JSON.stringify({
        url: base,
        processId: seed.processId,
        budgetId: seed.apiBudgetId,
        projectIds: seed.projectIds,
        tokens: seed.tokens,
        connections,
      }),
    );
    const cpuBefore = cpuSeconds(api.pid);
    const load = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(__dirname, 'vote-casting.load.ts'), inputFile],
      { encoding: 'utf8', maxBuffer: 1 << 24 },
    );
    const cpuAfter = cpuSeconds(api.pid);
    if (load.status !== 0) throw new Error(`load generator failed: ${load.stderr}`);
    const http = JSON.parse(load.stdout) as {
      requests: number;
      perSecond: number;
      p50: number;
      p99: number;
      errors: number;
      non2xx: number;
      statuses: Record<string, number>;
    };

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
    const apiRows = await count(seed.apiBudgetId);

    const sqlLoad = loadavg()[0];
    console.log(`Running pgbench on the bare SQL transaction… (load ${sqlLoad.toFixed(1)})`);
    const scriptFile = join(work, 'cast.sql');
    writeFileSync(scriptFile, pgbenchScript(seed));
    const perClient = Math.floor(voters / pgbenchClients);
    const bench = spawnSync(
      'pgbench',
      ['-n', '-c', String(pgbenchClients), '-j', '2', '-t', String(perClient), '-f', scriptFile, url],
      { encoding: 'utf8' },
    );
    const tps = Number(
      /tps = ([\d.]+) \(without initial connection time\)/.exec(bench.stdout ?? '')?.[1] ?? NaN,
    );
    const sqlLatency = /latency average = ([\d.]+) ms/.exec(bench.stdout ?? '')?.[1];
    if (bench.error || !Number.isFinite(tps))
      console.log(`pgbench unavailable or failed: ${bench.error?.message ?? bench.stderr}`);
    const sqlRows = await count(seed.sqlBudgetId);
    await db.end();

    const created = http.statuses['201'] ?? 0;
    console.log('\n— HTTP API —');
    console.log(
      `  ballots/s        ${http.perSecond.toFixed(1)}  (load average before: ${apiLoad.toFixed(1)})`,
    );
    console.log(`  latency p50/p99  ${http.p50} ms / ${http.p99} ms`);
    console.log(`  responses        ${JSON.stringify(http.statuses)}  errors ${http.errors}`);
    if (cpuBefore !== null && cpuAfter !== null && created > 0) {
      console.log(
        `  API CPU          ${((1000 * (cpuAfter - cpuBefore)) / created).toFixed(2)} ms per ballot (the API process alone)`,
      );
    }
    console.log(
      `  rows             ballots ${apiRows.ballots}, register ${apiRows.register}, distinct voters ${apiRows.people}`,
    );
    console.log(
      `  integrity        ${apiRows.ballots === created && apiRows.register === created && apiRows.people === created ? 'OK: no ballot lost or duplicated' : 'MISMATCH'}`,
    );
    console.log('— bare SQL (pgbench) —');
    console.log(
      `  transactions/s   ${Number.isFinite(tps) ? tps.toFixed(1) : 'n/a'}  (latency average ${sqlLatency ?? 'n/a'} ms, ${sqlRows.ballots} ballots, load average before: ${sqlLoad.toFixed(1)})`,
    );
    if (Number.isFinite(tps))
      console.log(
        `— ratio API / pgbench: ${((100 * http.perSecond) / tps).toFixed(1)} % (target ≥ 30 %, p99 < 100 ms)`,
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
