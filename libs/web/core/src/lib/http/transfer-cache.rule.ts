import type { HttpRequest } from '@angular/common/http';

/**
 * Whether an answer the server fetched while rendering a page may be handed to the browser
 * (Angular's HTTP transfer cache), which then skips that request while it hydrates.
 *
 * Public pages render as an anonymous visitor: answers about the person (`/api/me`, `…/me`) are then
 * refusals, which are never handed over. The ballot renders with the resident's session (issue 7),
 * and its answers about them go to them alone, in their own private page, so that it hydrates with
 * what the server showed. The session and CSRF token (`/api/auth/…`, whose cookies the browser must
 * receive itself) and the back office are always fetched by the browser, with its cookies.
 */
export function isTransferableRequest(request: Pick<HttpRequest<unknown>, 'url' | 'method'>): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = request.url.split(/[?#]/)[0];
  if (!path.startsWith('/api/')) return false;
  return !['/api/auth/', '/api/staff/', '/api/admin/', '/api/gestion/'].some((prefix) =>
    path.startsWith(prefix),
  );
}
