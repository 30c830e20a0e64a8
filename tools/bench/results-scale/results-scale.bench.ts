import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';

import type { ProcessResults } from '@agora/contracts';

import { Client } from 'pg';

import {
  buildApi,
  cpuSeconds,
  latencyText,
  listArg,
  loadText,
  numberArg,
  percentile,
  ROOT,
  startBenchApi,
  startBenchDatabase,
} from '../bench-stack.runtime';
import type { ResultsLoadInput, ResultsLoadOutput } from './results-scale.load';
import { ResultsSeed, seedCommune, seedElection, seedOfficial, seedVoters } from './results-seed.data';

// `npm run bench:results-scale -- [--ballots 250000] [--projects 10,100] [--rule mes|greedy]
//   [--visits 400] [--concurrency 16] [--live-visits 100] [--port 6211] [--pg-port 6212]`
// Issue 7: a budget with 250,000 ballots; the public results page's API must answer p95 ≤ 500 ms with
// at most 20 SQL queries, the same number for 10 or 100 projects. Seeds one election per project count
// (SQL, seconds), counts and publishes each through the real API as an official would, then sends
// anonymous visitors to the results page from another process. The API runs with
// AGORA_COUNT_QUERIES=1, so every response says how many SQL statements it cost. With --live-visits N
// (0 skips it) it then clears the stored views and sends N more visits, to show what building the page
// on every read (publications made before migration 1764900800000) costs. Asserts nothing.

const RESULTS_ROUTE = 'GET /api/processes/:slug/results';

function ruleArg(): 'mes' | 'greedy' {
  const i = process.argv.indexOf('--rule');
  const rule = i < 0 ? 'mes' : process.argv[i + 1];
  if (rule !== 'mes' && rule !== 'greedy') {
    console.error('--rule attend mes ou greedy / expects mes or greedy');
    process.exit(2);
  }
  return rule;
}

/** node:http rather than fetch: a count of 250,000 ballots may take longer than fetch waits for headers. */
function post(base: string, path: string, token: string): Promise<{ status: number; body: string }> {
  return new Promise((resolveCall, reject) => {
    const req = request(`${base}${path}`, {
      method: 'POST',
      headers: { cookie: `agora_session=${token}; XSRF-TOKEN=bench`, 'x-xsrf-token': 'bench', 'content-length': 0 },
    });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolveCall({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function timed<T>(what: string, run: () => Promise<T>): Promise<T> {
  const load = loadText();
  const started = performance.now();
  const result = await run();
  console.log(`  ${what.padEnd(44)} ${((performance.now() - started) / 1000).toFixed(1)} s (before: ${load})`);
  return result;
}

function runLoad(input: ResultsLoadInput, file: string): ResultsLoadOutput {
  writeFileSync(file, JSON.stringify(input));
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(__dirname, 'results-scale.load.ts'), file],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  if (run.status !== 0) throw new Error(`visitor simulator failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as ResultsLoadOutput;
}

async function main(): Promise<void> {
  const ballots = numberArg('ballots', 250_000);
  const projectCounts = listArg('projects', [10, 100]);
  const rule = ruleArg();
  const visits = numberArg('visits', 400);
  const concurrency = Math.max(1, numberArg('concurrency', 16));
  const liveVisits = numberArg('live-visits', 100);
  const port = numberArg('port', 6211);
  const pgPort = numberArg('pg-port', 6212);
  console.log(
    `Results-scale benchmark: ${ballots} ballots per envelope, ${projectCounts.join(' and ')} projects, rule ${rule}; ${visits} visits, ${concurrency} at a time`,
  );
  buildApi();
  const db = await startBenchDatabase({ name: 'results-scale', pgPort });
  let api: Awaited<ReturnType<typeof startBenchApi>> | null = null;
  try {
    console.log('Seeding (straight into the database):');
    const communeId = await seedCommune(db.url);
    await timed(`${ballots} voters`, () => seedVoters(db.url, ballots));
    const elections: ResultsSeed[] = [];
    for (const projects of projectCounts) {
      elections.push(
        await timed(`${ballots} register entries + ballots, ${projects} projects`, () =>
          seedElection(db.url, { communeId, projects, ballots, rule }),
        ),
      );
    }
    const official = await seedOfficial(db.url, communeId);
    api = await startBenchApi(db, { port, env: { AGORA_COUNT_QUERIES: '1' } });
    const base = api.base;

    console.log('Counting and publishing through the API (as an official):');
    for (const election of elections) {
      for (const [step, path] of [
        ['count', `/api/processes/${election.processId}/count`],
        ['publish', `/api/processes/${election.processId}/results/publish`],
      ] as const) {
        const res = await timed(`${step}, ${election.projects} projects`, () => post(base, path, official));
        if (res.status !== 200) throw new Error(`${step} answered ${res.status}: ${res.body.slice(0, 500)}`);
      }
      const results = (await (await fetch(`${base}/api/processes/${election.slug}/results`)).json()) as ProcessResults;
      const counted = results.budgets[0];
      if (counted?.ballotCount !== ballots || results.participants !== ballots || counted.projects.length !== election.projects) {
        throw new Error(
          `published results do not match the seed: ${counted?.ballotCount} ballots, ${results.participants} participants, ${counted?.projects.length} projects`,
        );
      }
      console.log(`    published: ${counted.projects.filter((p) => p.funded).length} projects funded, ${ballots} ballots, ${ballots} participants`);
    }

    const summary: Array<{ projects: number; p95: number; queries: number; pageQueries: number; label: string }> = [];
    const measure = (election: ResultsSeed, count: number, label: string) => {
      const file = join(db.work, `visits-${election.projects}.json`);
      // One visit alone first: the query count of each request, without any concurrency.
      const single = runLoad({ base, slug: election.slug, visits: 1, concurrency: 1 }, file);
      const loadBefore = loadText();
      const cpuBefore = cpuSeconds(api?.process.pid);
      const out = runLoad({ base, slug: election.slug, visits: count, concurrency }, file);
      const cpuAfter = cpuSeconds(api?.process.pid);
      const loadAfter = loadText();
      const results = out.samples.filter((s) => s.route === RESULTS_ROUTE);
      const unexpected = out.samples.filter(
        (s) => s.status === 'network' || (s.status >= 400 && !(s.route === 'GET /api/me' && s.status === 401)),
      );
      const queryCounts = [...new Set(results.map((s) => s.queries))];
      const pageQueries = single.samples.reduce((sum, s) => sum + (s.queries ?? NaN), 0);
      console.log(`\n— ${election.projects} projects, ${ballots} ballots, ${label} (before: ${loadBefore}; after: ${loadAfter}) —`);
      console.log(`  SQL queries, one visit     ${single.samples.map((s) => `${s.route.replace('GET ', '')} ${s.queries}`).join(' · ')} → ${pageQueries} for the page`);
      console.log(`  SQL queries under load     results: ${queryCounts.join(', ')}`);
      console.log(`  results endpoint           ${latencyText(results.map((s) => s.ms))}   target p95 ≤ 500 ms`);
      console.log(`  whole visit (4 requests)   ${latencyText(out.visitMs)}`);
      for (const route of [...new Set(out.samples.map((s) => s.route))].filter((r) => r !== RESULTS_ROUTE)) {
        console.log(`    ${route.padEnd(24)} ${latencyText(out.samples.filter((s) => s.route === route).map((s) => s.ms))}`);
      }
      console.log(`  throughput                 ${(out.visitMs.length / out.durationSeconds).toFixed(1)} visits/s, ${(results.length / out.durationSeconds).toFixed(1)} results/s over ${out.durationSeconds.toFixed(1)} s`);
      if (cpuBefore !== null && cpuAfter !== null && out.visitMs.length) {
        console.log(`  API CPU                    ${((1000 * (cpuAfter - cpuBefore)) / out.visitMs.length).toFixed(1)} ms per visit (the API process alone, PostgreSQL not included)`);
      }
      console.log(`  unexpected answers         ${unexpected.length}${unexpected.length ? ' ' + JSON.stringify(unexpected.slice(0, 5)) : ''}`);
      summary.push({
        projects: election.projects,
        p95: percentile(results.map((s) => s.ms), 95),
        queries: Math.max(...results.map((s) => s.queries ?? Infinity)),
        pageQueries,
        label,
      });
    };
    for (const election of elections) measure(election, visits, 'stored view');
    if (liveVisits > 0) {
      const sql = new Client({ connectionString: db.url });
      await sql.connect();
      await sql.query(`UPDATE result_publications SET view = NULL`);
      await sql.end();
      for (const election of elections) measure(election, liveVisits, 'built on every read (as before)');
    }
    console.log('\n— summary —');
    for (const s of summary) {
      console.log(`  ${String(s.projects).padStart(4)} projects, ${s.label.padEnd(32)}: results p95 ${s.p95.toFixed(0)} ms, ${s.queries} SQL queries (page: ${s.pageQueries})`);
    }
    const stored = summary.filter((s) => s.label === 'stored view');
    const sameCount = new Set(stored.map((s) => s.queries)).size === 1;
    const within = stored.every((s) => s.p95 <= 500 && s.queries <= 20) && sameCount;
    console.log(`  verdict: ${within ? 'within budget' : 'OVER BUDGET'} (p95 ≤ 500 ms, ≤ 20 queries, same count whatever the number of projects: ${sameCount ? 'yes' : 'no'})`);
  } finally {
    await api?.stop();
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
