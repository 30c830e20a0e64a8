import { gzipSync } from 'node:zlib';

import type { Browser, Response } from '@playwright/test';

import { isReadingPageHtml } from '../../../apps/web/src/app/start-on-interaction.html';

import type { BenchPage } from './web-pages.data';

export interface JsWeight {
  files: number;
  rawBytes: number;
  /** What the scripts weigh gzipped (level 9), whatever the server sent. */
  gzipBytes: number;
  /** What actually crossed the wire for the scripts (compressed when the server compresses). */
  transferBytes: number;
  /** Whether the HTML itself, before any script, already holds the page's content (server rendering). */
  contentInHtml: boolean;
  /** A reading page (issue 7): its code starts at the visitor's first interaction, not at load. */
  startsOnInteraction: boolean;
  ms: number;
}

/**
 * Opens `page` in a fresh browser context (empty cache, like a first visit), waits for its content,
 * moves the pointer over it (a reading page starts its code then), waits for the scripts to settle,
 * and adds up every JavaScript response: the code of the page once it can be used.
 */
export async function measureJsWeight(
  browser: Browser,
  baseUrl: string,
  page: BenchPage,
  cookieHeader: string | null,
): Promise<JsWeight> {
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'fr-FR' });
  if (cookieHeader) {
    await context.addCookies(
      cookieHeader.split('; ').map((pair) => {
        const eq = pair.indexOf('=');
        return { name: pair.slice(0, eq), value: pair.slice(eq + 1), url: baseUrl };
      }),
    );
  }
  const tab = await context.newPage();
  const scripts: Promise<{ raw: number; gzip: number; transfer: number }>[] = [];
  let lastScriptAt = Date.now();
  tab.on('response', (response: Response) => {
    if (response.request().resourceType() !== 'script') return;
    lastScriptAt = Date.now();
    scripts.push(
      (async () => {
        const body = await response.body();
        const sizes = await response.request().sizes();
        return {
          raw: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
          transfer: sizes.responseBodySize,
        };
      })(),
    );
  });
  const started = Date.now();
  const navigation = await tab.goto(page.path, { waitUntil: 'load' });
  const html = (await navigation?.text()) ?? '';
  await tab.getByText(page.content).first().waitFor({ timeout: 60_000 });
  await tab.mouse.move(20, 20);
  await tab.mouse.move(40, 60);
  // Lazy chunks can follow the content (a deferred block, a map): wait for 2 s without a new script.
  while (Date.now() - lastScriptAt < 2_000) await tab.waitForTimeout(250);
  const ms = Date.now() - started;
  const sizes = await Promise.all(scripts);
  await context.close();
  return {
    files: sizes.length,
    rawBytes: sizes.reduce((sum, s) => sum + s.raw, 0),
    gzipBytes: sizes.reduce((sum, s) => sum + s.gzip, 0),
    transferBytes: sizes.reduce((sum, s) => sum + s.transfer, 0),
    contentInHtml: page.content.test(stripTags(html)),
    startsOnInteraction: isReadingPageHtml(html),
    ms,
  };
}

function stripTags(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ');
}
