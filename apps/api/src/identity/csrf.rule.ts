import { secretsEqual } from './secret-token.rule';

export const CSRF_COOKIE = 'XSRF-TOKEN';
/** Angular's HttpClient sends the cookie's value back in this header on every state-changing request. */
export const CSRF_HEADER = 'x-xsrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type CsrfVerdict = 'safe' | 'ok' | 'missing' | 'invalid';

/**
 * Double-submit: another site can make the browser send our cookies, but cannot read them, so it
 * cannot copy the cookie's value into the header. Safe methods change nothing and need no token.
 */
export function csrfVerdict(method: string, cookie: unknown, header: unknown): CsrfVerdict {
  if (SAFE_METHODS.has(method.toUpperCase())) return 'safe';
  if (typeof cookie !== 'string' || cookie === '' || typeof header !== 'string' || header === '')
    return 'missing';
  return secretsEqual(cookie, header) ? 'ok' : 'invalid';
}
