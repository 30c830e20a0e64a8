import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

import { Client } from 'pg';

import {
  buildApi,
  buildWeb,
  cpuSeconds,
  latencyText,
  loadText,
  numberArg,
  percentile,
  postgresCpuSeconds,
  ROOT,
  startBenchApi,
  startBenchDatabase,
} from '../bench-stack.runtime';
import { seedBench } from '../vote-casting/bench-seed.data';
import type { OpeningInput, OpeningOutput } from './vote-opening.load';

// `npm run bench:vote-opening -- [--residents 2000] [--ramp-seconds 60] [--think-min-ms 1000]
//   [--think-max-ms 4000] [--workers N] [--port 6201] [--pg-port 6202]`
// --workers: API processes sharing the port (AGORA_WORKERS), one per core by default.
// The moment a vote opens (issue 7): residents arrive on a linear ramp, each loads the ballot page and
// its data as a browser does (the server renders it with their session while it has room), reads, and votes once through the real HTTP API (bundled server, its own
// process; the residents run in a third one). Prints latencies, errors and throughput, then checks that
// the register and the ballot box each hold exactly one row per resident who got a 2xx. Asserts nothing.
// Targets: 0 errors, p95 vote ≤ 500 ms, p95 page data ≤ 1 s on a 2-core machine.

async function main(): Promise<void> {
  const residents = numberArg('residents', 2000);
  const rampSeconds = numberArg('ramp-seconds', 60);
  const thinkMinMs = numberArg('think-min-ms', 1000);
  const thinkMaxMs = Math.max(thinkMinMs, numberArg('think-max-ms', 4000));
  const port = numberArg('port', 6201);
  const pgPort = numberArg('pg-port', 6202);
  const workers = numberArg('workers', cpus().length);
  console.log(
    `Vote-opening benchmark: ${residents} residents over ${rampSeconds} s, think time ${thinkMinMs}–${thinkMaxMs} ms, ` +
      `${workers} API process${workers > 1 ? 'es' : ''} (AGORA_WORKERS)`,
  );
  buildApi();
  buildWeb();
  const db = await startBenchDatabase({ name: 'vote-opening', pgPort });
  let api: Awaited<ReturnType<typeof startBenchApi>> | null = null;
  try {
    console.log('Seeding eligible residents with open sessions…');
    // One more than asked: the first resident goes alone, before the ramp, to count SQL queries exactly.
    const seed = await seedBench(db.url, residents + 1);
    const sql = new Client({ connectionString: db.url });
    await sql.connect();
    const [{ slug }] = (await sql.query(`SELECT slug FROM processes WHERE id = $1`, [seed.processId])).rows;
    // The SQL count per request costs next to nothing (a counter per query) and says where time goes.
    // BENCH_CPU_PROFILE=dir writes a V8 CPU profile of the API process there (cpu-profile.preload.cjs;
    // read it with tools/bench/vote-casting/cpu-profile.summary.ts).
    const profile = process.env['BENCH_CPU_PROFILE'];
    api = await startBenchApi(db, {
      port,
      env: {
        AGORA_COUNT_QUERIES: '1',
        AGORA_WORKERS: String(workers),
        ...(profile
          ? { BENCH_CPU_PROFILE: profile, NODE_OPTIONS: `--require ${join(__dirname, 'cpu-profile.preload.cjs')}` }
          : {}),
      },
    });

    const inputFile = join(db.work, 'opening.json');
    const input: OpeningInput = {
      base: api.base,
      slug,
      budgetId: seed.apiBudgetId,
      tokens: seed.tokens,
      rampSeconds,
      thinkMinMs,
      thinkMaxMs,
    };
    writeFileSync(inputFile, JSON.stringify(input));
    const loadBefore = loadText();
    console.log(`Residents arriving… (before: ${loadBefore})`);
    const cpuBefore = cpuSeconds(api.process.pid);
    const pgCpuBefore = postgresCpuSeconds(join(db.work, 'pgdata'));
    const run = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
        '--tsconfig',
        join(ROOT, 'tsconfig.base.json'),
        join(__dirname, 'vote-opening.load.ts'),
        inputFile,
      ],
      { encoding: 'utf8', maxBuffer: 1 << 28 },
    );
    const cpuAfter = cpuSeconds(api.process.pid);
    const pgCpuAfter = postgresCpuSeconds(join(db.work, 'pgdata'));
    const loadAfter = loadText();
    if (run.status !== 0) throw new Error(`resident simulator failed: ${run.stderr}`);
    const out = JSON.parse(run.stdout) as OpeningOutput;

    const [rows] = (
      await sql.query(
        `SELECT (SELECT count(*)::int FROM ballots WHERE budget_id = $1) AS ballots,
                (SELECT count(*)::int FROM participations WHERE budget_id = $1) AS register,
                (SELECT count(DISTINCT account_id)::int FROM participations WHERE budget_id = $1) AS people`,
        [seed.apiBudgetId],
      )
    ).rows as Array<{ ballots: number; register: number; people: number }>;
    await sql.end();

    const isVote = (route: string) => route.startsWith('POST ');
    const pageSamples = out.samples.filter((s) => !isVote(s.route));
    const voteSamples = out.samples.filter((s) => isVote(s.route));
    const ok = (s: { status: number | string }) => typeof s.status === 'number' && s.status < 400;
    const errors = out.samples.filter((s) => !ok(s));
    const errorsByStatus: Record<string, number> = {};
    for (const s of errors) errorsByStatus[`${s.status} ${s.route}`] = (errorsByStatus[`${s.status} ${s.route}`] ?? 0) + 1;
    const routes = [...new Set(out.samples.map((s) => s.route))];

    console.log(`\n— ${residents} residents, ramp ${rampSeconds} s (before: ${loadBefore}; after: ${loadAfter}) —`);
    console.log(`  requests           ${out.samples.length} in ${out.durationSeconds.toFixed(1)} s = ${(out.samples.length / out.durationSeconds).toFixed(1)} req/s; votes ${voteSamples.filter(ok).length} = ${(voteSamples.filter(ok).length / out.durationSeconds).toFixed(1)} votes/s`);
    console.log(`  errors             ${errors.length}${errors.length ? ` ${JSON.stringify(errorsByStatus)}` : ''} (residents who could not vote: ${out.residentsFailed})`);
    for (const failure of out.firstFailures) console.log(`    e.g. ${failure}`);
    console.log(`  ballot pages       ${out.pagesRendered} rendered by the server with the session, ${out.pagesShell} sent as the shell (server busy: MAX_CONCURRENT_RENDERS, or no web build)`);
    console.log(`  page data (whole)  ${latencyText(out.pageLoads)}   target p95 ≤ 1000 ms (the page, then what the browser asks)`);
    console.log(`  page data (each)   ${latencyText(pageSamples.map((s) => s.ms))}`);
    console.log(`  vote               ${latencyText(voteSamples.map((s) => s.ms))}   target p95 ≤ 500 ms`);
    console.log('  per request:');
    for (const route of routes) {
      const mine = out.samples.filter((s) => s.route === route);
      const of = mine.map((s) => s.ms);
      const queries = out.alone.filter((s) => s.route === route).map((s) => s.queries).join('+');
      console.log(`    ${route.padEnd(42)} p50 ${percentile(of, 50).toFixed(0).padStart(5)} · p95 ${percentile(of, 95).toFixed(0).padStart(5)} · p99 ${percentile(of, 99).toFixed(0).padStart(5)} ms (n=${of.length}, SQL queries alone: ${queries})`);
    }
    if (cpuBefore !== null && cpuAfter !== null && out.samples.length) {
      console.log(`  API CPU            ${(cpuAfter - cpuBefore).toFixed(1)} s = ${((1000 * (cpuAfter - cpuBefore)) / Math.max(1, residents)).toFixed(1)} ms per resident`);
    }
    if (pgCpuBefore !== null && pgCpuAfter !== null && out.samples.length) {
      console.log(`  PostgreSQL CPU     ${(pgCpuAfter - pgCpuBefore).toFixed(1)} s = ${((1000 * (pgCpuAfter - pgCpuBefore)) / Math.max(1, residents)).toFixed(1)} ms per resident`);
    }
    const pageQueries = out.alone.filter((s) => !isVote(s.route)).reduce((sum, s) => sum + (s.queries ?? NaN), 0);
    console.log(`  SQL per resident   page data ${pageQueries}, vote ${out.alone.filter((s) => isVote(s.route)).map((s) => s.queries).join('+')} (one resident alone before the ramp)`);
    console.log(`  rows               register ${rows.register}, ballot box ${rows.ballots}, distinct voters ${rows.people}, 2xx votes ${out.votes2xx} (the ramp's and the lone resident's)`);
    const consistent = rows.register === out.votes2xx && rows.ballots === out.votes2xx && rows.people === out.votes2xx;
    console.log(`  integrity          ${consistent ? 'OK: register = ballot box = residents who got a 2xx' : 'MISMATCH'}`);
    const p95Vote = percentile(voteSamples.map((s) => s.ms), 95);
    const p95Page = percentile(out.pageLoads, 95);
    console.log(
      `  verdict            ${errors.length === 0 && consistent && p95Vote <= 500 && p95Page <= 1000 ? 'within budget' : 'OVER BUDGET'} (errors ${errors.length}, p95 vote ${p95Vote.toFixed(0)} ms, p95 page data ${p95Page.toFixed(0)} ms)`,
    );
  } finally {
    await api?.stop();
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
