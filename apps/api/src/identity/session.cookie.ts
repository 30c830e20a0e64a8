import type { CookieOptions, Request, Response } from 'express';

import type { AppConfig } from '../config/app.config';

export const SESSION_COOKIE = 'agora_session';

/** Secure whenever the browser reaches us over https: by the public URL, or as a trusted proxy reports. */
export function cookieIsSecure(config: AppConfig, req: Request): boolean {
  return config.publicUrl.startsWith('https:') || req.secure;
}

function sessionCookieOptions(config: AppConfig, req: Request): CookieOptions {
  // Lax: sent when following a link to the site (a mail's link lands signed in), never on a
  // cross-site POST, which with the CSRF token closes cross-site request forgery.
  return { httpOnly: true, sameSite: 'lax', secure: cookieIsSecure(config, req), path: '/' };
}

export function setSessionCookie(res: Response, req: Request, config: AppConfig, token: string): void {
  res.cookie(SESSION_COOKIE, token, {
    ...sessionCookieOptions(config, req),
    maxAge: config.sessionTtlHours * 3600_000,
  });
}

export function clearSessionCookie(res: Response, req: Request, config: AppConfig): void {
  res.clearCookie(SESSION_COOKIE, sessionCookieOptions(config, req));
}
