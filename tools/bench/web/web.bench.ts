import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';

import { chromium } from '@playwright/test';

import { signInCookies, startDemoServer } from './demo-server.runtime';
import { JsWeight, measureJsWeight } from './js-weight.measure';
import { LighthouseFigures, runLighthouse, startLighthouseChrome } from './lighthouse.measure';
import { BENCH_PAGES, DEMO_CITIZEN, JS_BUDGET_GZIP_BYTES, LIGHTHOUSE_MIN_SCORE } from './web-pages.data';

// `npm run bench:web [-- --port 3190] [--runs 3] [--no-build] [--no-lighthouse]`
// Builds the API and the web app (Nx skips what has not changed), starts the built API on a fresh
// embedded PostgreSQL with the demo data, then for the home, a budget process, its ballot (signed in as
// the demo citizen) and the published results: the JavaScript a first visit downloads (gzip), whether
// the HTML already holds the content, and Lighthouse mobile performance (median of --runs). Prints
// figures with the load average, since a busy machine skews every timing; asserts nothing.
const ROOT = resolve(__dirname, '../../..');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const kB = (bytes: number) => (bytes / 1000).toFixed(1);

async function main(): Promise<void> {
  const port = option('port', 3190);
  const runs = option('runs', 3);
  if (!flag('no-build')) {
    console.log('Building the API and the web app (production)…');
    execFileSync(
      process.execPath,
      [
        resolve(ROOT, 'node_modules/nx/bin/nx.js'),
        'run-many',
        '-t',
        'build',
        '--projects=api,web',
        '--outputStyle=static',
      ],
      {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
      },
    );
  }
  console.log(`Starting the demo on port ${port} (load average ${load()})…`);
  const server = await startDemoServer(ROOT, port, `/tmp/agora-bench-web-${port}`);
  try {
    const cookies = await signInCookies(server.baseUrl, DEMO_CITIZEN);
    const cookieFor = (signedIn: boolean) => (signedIn ? cookies : null);

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu'],
    });
    const weights = new Map<string, JsWeight>();
    try {
      // A throwaway visit first, so the server's caches (compressed assets, connections) are warm.
      await measureJsWeight(browser, server.baseUrl, BENCH_PAGES[0], null);
      for (const page of BENCH_PAGES) {
        weights.set(
          page.name,
          await measureJsWeight(browser, server.baseUrl, page, cookieFor(page.signedIn)),
        );
      }
    } finally {
      await browser.close();
    }
    console.log(
      `\nJavaScript of a first visit once the page can be used (budget ${kB(JS_BUDGET_GZIP_BYTES)} kB gzip; kB = 1000 bytes) — load average ${load()}`,
    );
    console.table(
      BENCH_PAGES.map((page) => {
        const w = weights.get(page.name)!;
        return {
          page: page.name,
          path: page.path,
          'JS files': w.files,
          'raw kB': kB(w.rawBytes),
          'gzip kB': kB(w.gzipBytes),
          'sent kB': kB(w.transferBytes),
          budget: w.gzipBytes <= JS_BUDGET_GZIP_BYTES ? 'ok' : 'OVER',
          'content in HTML': w.contentInHtml ? 'yes' : 'no',
          'code starts': w.startsOnInteraction ? 'first interaction' : 'at load',
        };
      }),
    );

    if (flag('no-lighthouse')) return;
    const figures = new Map<string, { median: LighthouseFigures; scores: number[]; load: string }>();
    for (const page of BENCH_PAGES) {
      // A browser of its own per page: Lighthouse resets the cache and storage between runs but not
      // the cookies, and the session cookie the signed-in ballot receives would turn the next public
      // page into a signed-in visit (rendered in the browser, not by the server).
      const chrome = await startLighthouseChrome(CHROMIUM);
      try {
        const all: LighthouseFigures[] = [];
        for (let run = 0; run < runs; run++) {
          all.push(
            await runLighthouse(chrome.port, `${server.baseUrl}${page.path}`, cookieFor(page.signedIn)),
          );
        }
        all.sort((a, b) => a.score - b.score);
        figures.set(page.name, {
          median: all[Math.floor(all.length / 2)],
          scores: all.map((f) => f.score),
          load: load(),
        });
      } finally {
        await chrome.kill();
      }
    }
    console.log(`\nLighthouse 12 mobile performance (median of ${runs}; target ≥ ${LIGHTHOUSE_MIN_SCORE})`);
    console.table(
      BENCH_PAGES.map((page) => {
        const { median, scores, load: loadThen } = figures.get(page.name)!;
        return {
          page: page.name,
          score: median.score,
          runs: scores.join(' '),
          'FCP ms': Math.round(median.fcpMs),
          'LCP ms': Math.round(median.lcpMs),
          'TBT ms': Math.round(median.tbtMs),
          CLS: median.cls.toFixed(3),
          'SI ms': Math.round(median.speedIndexMs),
          target: median.score >= LIGHTHOUSE_MIN_SCORE ? 'ok' : 'BELOW',
          'load avg': loadThen,
        };
      }),
    );
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
