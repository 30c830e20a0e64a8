import { readFileSync } from 'node:fs';

import type { BallotPage, BudgetProcessPage, Territory } from '@agora/contracts';

/**
 * The residents, in their own process (so that their CPU time is not the API's): resident i arrives at
 * i × ramp / N seconds (after one resident alone, whose SQL counts are exact), loads what the ballot page loads in the order a browser does, reads for a
 * moment, then casts one valid ballot. Prints one JSON object (raw latencies and statuses) on stdout.
 *
 * What a fresh visit to `/budgets/:slug/voter` requests (apps/web, libs/web/budgets/src/lib/ballot):
 *   page:    GET /budgets/:slug/voter (HTML). The API renders it with the resident's session (issue 7),
 *            the page's API answers inside; or, while it already renders MAX_CONCURRENT_RENDERS pages
 *            (apps/api/src/web-app), it sends the app's shell, and the browser asks for the data itself.
 *   rendered, at the resident's first touch: GET /api/auth/csrf (the rest came with the page)
 *   shell:   GET /api/auth/csrf → GET /api/me (SessionStore.start), GET /api/territories (footer),
 *            GET /api/budget-processes/:slug → GET /api/processes/:id/eligibility/me ∥ GET /api/processes/:id/ballot,
 *            map: GET /api/territories/:id for the quartiers with an outline (else the process's territory)
 *   vote:    POST /api/processes/:id/ballots (the confirmation page)
 * The scripts and the stylesheet are static files the API keeps compressed in memory: not requested here.
 */
export interface OpeningInput {
  base: string;
  slug: string;
  /** The envelope every resident fills. */
  budgetId: string;
  tokens: string[];
  rampSeconds: number;
  thinkMinMs: number;
  thinkMaxMs: number;
}

export interface Sample {
  /** Route template, e.g. `GET /api/processes/:id/ballot`. */
  route: string;
  /** The HTTP status, or `network:<code>` when no answer came (refused, reset, timed out). */
  status: number | `network:${string}`;
  ms: number;
  /** The API's X-Query-Count header (SQL statements), when it counts them. */
  queries: number | null;
}

export interface OpeningOutput {
  /** The first resident, alone before the ramp: exact SQL counts, no concurrency to blur them. */
  alone: Sample[];
  samples: Sample[];
  /** Wall time of each resident's whole page-data load (first request sent → last answer in). */
  pageLoads: number[];
  votes2xx: number;
  /** Residents whose ballot page the server rendered, and those who got the shell (server busy). */
  pagesRendered: number;
  pagesShell: number;
  residentsFailed: number;
  durationSeconds: number;
  firstFailures: string[];
}

const input = JSON.parse(readFileSync(process.argv[2], 'utf8')) as OpeningInput;
let samples: Sample[] = [];
const pageLoads: number[] = [];
const firstFailures: string[] = [];
let votes2xx = 0;
let pagesRendered = 0;
let pagesShell = 0;
let residentsFailed = 0;

class Refused extends Error {}

async function call<T>(
  route: string,
  path: string,
  cookies: Map<string, string>,
  init: { method?: string; body?: unknown; html?: boolean } = {},
): Promise<T> {
  const headers: Record<string, string> = {
    accept: init.html ? 'text/html' : 'application/json',
    cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
  };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const xsrf = cookies.get('XSRF-TOKEN');
  if (init.method && init.method !== 'GET' && xsrf) headers['x-xsrf-token'] = decodeURIComponent(xsrf);
  const started = performance.now();
  let response: Response;
  let text: string;
  try {
    response = await fetch(`${input.base}${path}`, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(60_000),
    });
    text = await response.text();
  } catch (error) {
    // fetch says only "fetch failed"; the reason (ECONNRESET, UND_ERR_CONNECT_TIMEOUT, TimeoutError…) is below.
    const cause = (error as { cause?: { code?: string; name?: string } }).cause;
    const code = cause?.code ?? cause?.name ?? (error as Error).name;
    samples.push({ route, status: `network:${code}`, ms: performance.now() - started, queries: null });
    throw new Refused(`${route}: ${(error as Error).message} (${code})`);
  }
  const queries = response.headers.get('x-query-count');
  samples.push({ route, status: response.status, ms: performance.now() - started, queries: queries === null ? null : Number(queries) });
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(';');
    const eq = pair.indexOf('=');
    cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
  if (!response.ok) throw new Refused(`${route}: ${response.status} ${text.slice(0, 300)}`);
  if (init.html) return text as T;
  return (text ? JSON.parse(text) : null) as T;
}

/** A random knapsack ballot that fits the envelope (and its project-count limit, if any). */
function randomBallot(budget: BallotPage['budgets'][number]['budget']): string[] {
  const projects = [...budget.projects].sort(() => Math.random() - 0.5);
  const max = budget.rules.maxProjects ?? projects.length;
  const chosen: string[] = [];
  let spent = 0;
  for (const project of projects) {
    if (chosen.length >= max) break;
    if (spent + project.costCents > budget.amountCents) continue;
    if (chosen.length > 0 && Math.random() < 0.35) continue;
    chosen.push(project.id);
    spent += project.costCents;
  }
  return chosen;
}

/** The ballot the server put in a rendered page (Angular's transfer state, `<script id="ng-state">`). */
function ballotInPage(html: string): BallotPage | null {
  const state = /<script id="ng-state" type="application\/json"[^>]*>([\s\S]*?)<\/script>/.exec(html);
  if (!state) return null;
  const entries = Object.values(JSON.parse(state[1]) as Record<string, { u?: string; b?: unknown }>);
  const ballot = entries.find((entry) => /^\/api\/processes\/[^/]+\/ballot$/.test(entry?.u ?? ''));
  return (ballot?.b as BallotPage | undefined) ?? null;
}

/** What the browser asks when it got the shell: the session, the page's data, the map's outlines. */
async function pageDataOfShell(cookies: Map<string, string>): Promise<{ id: string; ballot: BallotPage }> {
  const territories = call<Territory[]>('GET /api/territories', '/api/territories', cookies);
  territories.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
  await call('GET /api/auth/csrf', '/api/auth/csrf', cookies);
  await call('GET /api/me', '/api/me', cookies);
  // The page, once the signed-in guard has passed.
  const page = await call<BudgetProcessPage>(
    'GET /api/budget-processes/:slug',
    `/api/budget-processes/${encodeURIComponent(input.slug)}`,
    cookies,
  );
  const id = page.process.id;
  const [, ballot] = await Promise.all([
    call('GET /api/processes/:id/eligibility/me', `/api/processes/${id}/eligibility/me`, cookies),
    call<BallotPage>('GET /api/processes/:id/ballot', `/api/processes/${id}/ballot`, cookies),
  ]);
  // The map: the quartiers' outlines, or the process territory's when no quartier has one.
  const list = await territories;
  const quartiers = list.filter(
    (t) => t.kind === 'quartier' && t.parentId === page.process.territoryId && t.hasBoundary,
  );
  const outlines = quartiers.length ? quartiers.map((q) => q.id) : [page.process.territoryId];
  await Promise.all(outlines.map((t) => call('GET /api/territories/:id', `/api/territories/${t}`, cookies)));
  return { id, ballot };
}

async function resident(token: string): Promise<void> {
  const cookies = new Map([['agora_session', token]]);
  const started = performance.now();
  const html = await call<string>('GET /budgets/:slug/voter', `/budgets/${encodeURIComponent(input.slug)}/voter`, cookies, {
    html: true,
  });
  const rendered = ballotInPage(html);
  let id: string;
  let ballot: BallotPage;
  if (rendered) {
    pagesRendered++;
    // The app starts at the resident's first touch: its CSRF cookie; who they are came with the page.
    await call('GET /api/auth/csrf', '/api/auth/csrf', cookies);
    ({ processId: id } = rendered);
    ballot = rendered;
  } else {
    pagesShell++;
    ({ id, ballot } = await pageDataOfShell(cookies));
  }
  pageLoads.push(performance.now() - started);

  const envelope = ballot.budgets.find((b) => b.budget.id === input.budgetId);
  if (!envelope) throw new Refused('the ballot page offers no envelope to this resident');
  await new Promise((r) => setTimeout(r, input.thinkMinMs + Math.random() * (input.thinkMaxMs - input.thinkMinMs)));
  await call('POST /api/processes/:id/ballots', `/api/processes/${id}/ballots`, cookies, {
    method: 'POST',
    body: { budgetId: input.budgetId, projectIds: randomBallot(envelope.budget) },
  });
  votes2xx++;
}

async function main(): Promise<void> {
  const [first, ...tokens] = input.tokens;
  await resident(first).catch((error: unknown) => {
    residentsFailed++;
    firstFailures.push(String((error as Error).message ?? error));
  });
  const alone = samples;
  samples = [];
  pageLoads.length = 0;
  const n = tokens.length;
  const started = performance.now();
  const running: Array<Promise<void>> = [];
  for (let i = 0; i < n; i++) {
    const due = (i * input.rampSeconds * 1000) / n;
    const wait = due - (performance.now() - started);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    running.push(
      resident(tokens[i]).catch((error: unknown) => {
        residentsFailed++;
        if (firstFailures.length < 10) firstFailures.push(String((error as Error).message ?? error));
      }),
    );
  }
  await Promise.all(running);
  const output: OpeningOutput = {
    alone,
    samples,
    pageLoads,
    votes2xx,
    pagesRendered,
    pagesShell,
    residentsFailed,
    durationSeconds: (performance.now() - started) / 1000,
    firstFailures,
  };
  process.stdout.write(JSON.stringify(output));
}

main().catch((error: unknown) => {
  process.stderr.write(String(error));
  process.exit(1);
});
