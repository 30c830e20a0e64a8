import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { SESSION_COOKIE } from '../identity/session.cookie';

/** A page the Angular server bundle rendered. */
export interface RenderedPage {
  status: number;
  html: string;
}

/**
 * Renders one page of the web app on the server. `url` is the page's address on this very process
 * (http://127.0.0.1:<port>/…), which the page's own API calls then use; `locale` is the language the
 * visitor chose (its cookie); `session` the visitor's session token for the few pages rendered with
 * it (the ballot), else null; nothing else of the visitor's request is passed on. `cspNonce` goes on
 * its inline scripts. Resolves to null when the bundle has no page for that address, or answers with a
 * redirect: Angular's engine sends the routes' `redirectTo` with their parameters unresolved
 * (`/gestion/budgets/:slug/guichet`), so the browser's router, which resolves them, follows it.
 */
export type PageRenderer = (page: {
  url: string;
  cspNonce: string;
  locale: 'fr' | 'en' | null;
  session: string | null;
}) => Promise<RenderedPage | null>;

/** What dist/apps/web/server/server.mjs exports (apps/web/src/server.ts). */
interface ServerBundle {
  renderPage(
    request: Request,
    context: { cspNonce: string | null; timeZone: string; locale: 'fr' | 'en' | null },
  ): Promise<Response | null>;
}

/**
 * Node's own `import()`, which esbuild must not turn into `require()` (the bundle is an ES module,
 * and is not part of the API's build): the specifier is only known at run time.
 */
const importModule = (specifier: string): Promise<unknown> => import(specifier);

/**
 * The Angular server bundle built next to the browser files (`nx run web:build` writes
 * dist/apps/web/browser and dist/apps/web/server), loaded on the first page request. Null when there
 * is none (API-only deployments, tests without a web build): pages are then rendered in the browser.
 */
export function serverPageRenderer(serverDir: string, timeZone = 'Europe/Paris'): PageRenderer | null {
  const entry = join(serverDir, 'server.mjs');
  if (!existsSync(entry)) return null;
  let bundle: Promise<ServerBundle> | null = null;
  return async ({ url, cspNonce, locale, session }) => {
    bundle ??= importModule(pathToFileURL(entry).href).then((module) => {
      if (typeof (module as Partial<ServerBundle>).renderPage !== 'function') {
        throw new Error(`${entry} does not export renderPage()`);
      }
      return module as ServerBundle;
    });
    // Nothing else of the visitor's request is passed on (no other cookie, no header): public pages are
    // the same for everyone in a language, rendered as for an anonymous visitor. The page's own API
    // calls carry the session cookie when there is one (ServerHttpBackend in @agora/web-core).
    const headers: Record<string, string> = { accept: 'text/html' };
    if (session) headers['cookie'] = `${SESSION_COOKIE}=${session}`;
    const request = new Request(url, { headers });
    const response = await (await bundle).renderPage(request, { cspNonce, timeZone, locale });
    if (!response || (response.status >= 300 && response.status < 400)) return null;
    return { status: response.status, html: await response.text() };
  };
}
