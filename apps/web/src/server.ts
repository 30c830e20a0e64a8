import {
  AngularNodeAppEngine,
  createNodeRequestHandler,
  writeResponseToNodeResponse,
} from '@angular/ssr/node';

import type { PageRenderContext } from './app/page-render.context';

/**
 * The server bundle (dist/apps/web/server/server.mjs). The NestJS API loads it and calls
 * `renderPage` for every page request it server-renders; it always asks for
 * `http://127.0.0.1:<its own port>/…`, so the HttpClient calls the page makes on the server reach the
 * same process, and a forged Host header can never make the server fetch from elsewhere (SSRF).
 */
const engine = new AngularNodeAppEngine({ allowedHosts: ['127.0.0.1', 'localhost'] });

export type { PageRenderContext };

/** Server-rendered HTML for a page, the client-side shell for a `RenderMode.Client` page, or null. */
export function renderPage(request: Request, context: PageRenderContext): Promise<Response | null> {
  return engine.handle(request, context);
}

/** For the Angular dev server (`nx serve web`), which renders pages through this handler. */
export const reqHandler = createNodeRequestHandler(async (req, res, next) => {
  try {
    const response = await engine.handle(req, { cspNonce: null } satisfies PageRenderContext);
    if (response) await writeResponseToNodeResponse(response, res);
    else next();
  } catch (error) {
    next(error);
  }
});
