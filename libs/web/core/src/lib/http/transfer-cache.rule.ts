import type { HttpRequest } from '@angular/common/http';

/**
 * Whether an answer the server fetched while rendering a page may be handed to the browser
 * (Angular's HTTP transfer cache), which then skips that request while it hydrates.
 *
 * The server renders public pages as an anonymous visitor and never forwards cookies. Answers about
 * the person (`/api/me`, `…/me`), the session and CSRF token (`/api/auth/…`, whose cookie the browser
 * must receive itself) and the back office must always be fetched by the browser, with its cookies:
 * a signed-in browser must never inherit the anonymous server's view of them.
 */
export function isTransferableRequest(request: Pick<HttpRequest<unknown>, 'url' | 'method'>): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = request.url.split(/[?#]/)[0];
  if (!path.startsWith('/api/')) return false;
  if (path === '/api/me' || path.startsWith('/api/me/') || path.endsWith('/me')) return false;
  return !['/api/auth/', '/api/staff/', '/api/admin/', '/api/gestion/'].some((prefix) =>
    path.startsWith(prefix),
  );
}
