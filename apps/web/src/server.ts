import {
  AngularNodeAppEngine,
  createNodeRequestHandler,
  writeResponseToNodeResponse,
} from '@angular/ssr/node';

import type { PageRenderContext } from './app/page-render.context';
import { loadCodeAfterContent } from './app/start-on-interaction.html';

/**
 * The server bundle (dist/apps/web/server/server.mjs). The NestJS API loads it and calls
 * `renderPage` for every page request it server-renders; it always asks for
 * `http://127.0.0.1:<its own port>/…`, so the HttpClient calls the page makes on the server reach the
 * same process, and a forged Host header can never make the server fetch from elsewhere (SSRF).
 */
const engine = new AngularNodeAppEngine({ allowedHosts: ['127.0.0.1', 'localhost'] });

export type { PageRenderContext };

/** Server-rendered HTML for a page, the client-side shell for a `RenderMode.Client` page, or null. */
export async function renderPage(request: Request, context: PageRenderContext): Promise<Response | null> {
  const response = await engine.handle(request, context);
  // Server-rendered pages fetch their code after what the first paint needs, reading pages only once
  // the visitor interacts (issue 7). Not the client-side shell (a RenderMode.Client page): it needs its
  // code to show anything, and the API recognises it by its bytes.
  if (!response || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  const init = { status: response.status, statusText: response.statusText, headers };
  if (!html.includes('ng-server-context')) return new Response(html, init);
  return new Response(loadCodeAfterContent(html, context.cspNonce), init);
}

/** For the Angular dev server (`nx serve web`), which renders pages through this handler. */
export const reqHandler = createNodeRequestHandler(async (req, res, next) => {
  try {
    const response = await engine.handle(req, {
      cspNonce: null,
      timeZone: 'Europe/Paris',
      locale: null,
    } satisfies PageRenderContext);
    if (response) await writeResponseToNodeResponse(response, res);
    else next();
  } catch (error) {
    next(error);
  }
});
