import { readFileSync } from 'node:fs';

/**
 * Anonymous visitors of the public results page, in their own process: `concurrency` of them at a
 * time, `visits` in all, each requesting what a fresh visit to `/budgets/:slug/resultats` requests
 * (apps/web shell + libs/web/budgets/src/lib/results):
 *   shell: GET /api/auth/csrf → GET /api/me (401 when signed out, expected), GET /api/territories (footer)
 *   page:  GET /api/processes/:slug/results
 * Prints one JSON object: every request's route, status, latency and X-Query-Count header.
 */
export interface ResultsLoadInput {
  base: string;
  slug: string;
  visits: number;
  concurrency: number;
}

export interface ResultsSample {
  route: string;
  status: number | 'network';
  ms: number;
  queries: number | null;
}

export interface ResultsLoadOutput {
  samples: ResultsSample[];
  visitMs: number[];
  durationSeconds: number;
}

const input = JSON.parse(readFileSync(process.argv[2], 'utf8')) as ResultsLoadInput;
const samples: ResultsSample[] = [];
const visitMs: number[] = [];

async function get(route: string, path: string, cookie: string): Promise<string> {
  const started = performance.now();
  try {
    const response = await fetch(`${input.base}${path}`, {
      headers: { accept: 'application/json', ...(cookie ? { cookie } : {}) },
      signal: AbortSignal.timeout(60_000),
    });
    await response.arrayBuffer();
    const count = response.headers.get('x-query-count');
    samples.push({ route, status: response.status, ms: performance.now() - started, queries: count === null ? null : Number(count) });
    const set = response.headers.getSetCookie().map((c) => c.split(';')[0]);
    return set.join('; ');
  } catch {
    samples.push({ route, status: 'network', ms: performance.now() - started, queries: null });
    return '';
  }
}

async function visit(): Promise<void> {
  const started = performance.now();
  const slug = encodeURIComponent(input.slug);
  await Promise.all([
    (async () => {
      const cookie = await get('GET /api/auth/csrf', '/api/auth/csrf', '');
      await get('GET /api/me', '/api/me', cookie);
    })(),
    get('GET /api/territories', '/api/territories', ''),
    get('GET /api/processes/:slug/results', `/api/processes/${slug}/results`, ''),
  ]);
  visitMs.push(performance.now() - started);
}

async function main(): Promise<void> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: input.concurrency }, async () => {
      while (next < input.visits) {
        next++;
        await visit();
      }
    }),
  );
  const output: ResultsLoadOutput = { samples, visitMs, durationSeconds: (performance.now() - started) / 1000 };
  process.stdout.write(JSON.stringify(output));
}

main().catch((error: unknown) => {
  process.stderr.write(String(error));
  process.exit(1);
});
