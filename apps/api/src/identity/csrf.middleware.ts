import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

import { APP_CONFIG } from '../config/app.config';
import type { AppConfig } from '../config/app.config';
import { forbidden } from '../errors/domain.error';
import { CSRF_COOKIE, CSRF_HEADER, csrfVerdict } from './csrf.rule';
import { cookieIsSecure } from './session.cookie';
import { newSecretToken } from './secret-token.rule';

/**
 * Runs before the session, the guard and the validation, so a forged request is refused before
 * anything is read or written. Hands out the token on any GET that comes without one.
 */
@Injectable()
export class CsrfMiddleware implements NestMiddleware {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const cookie: unknown = req.cookies?.[CSRF_COOKIE];
    const verdict = csrfVerdict(req.method, cookie, req.headers[CSRF_HEADER]);
    if (verdict === 'missing') {
      throw forbidden(
        'CSRF_TOKEN_MISSING',
        'Jeton de sécurité absent : rechargez la page puis réessayez.',
        'Security token missing: reload the page and try again.',
      );
    }
    if (verdict === 'invalid') {
      throw forbidden(
        'CSRF_TOKEN_INVALID',
        'Jeton de sécurité invalide : rechargez la page puis réessayez.',
        'Invalid security token: reload the page and try again.',
      );
    }
    if (req.method === 'GET' && (typeof cookie !== 'string' || cookie === '')) this.issue(req, res);
    next();
  }

  private issue(req: Request, res: Response): void {
    const token = newSecretToken();
    // Readable by the page's script (that is the point), so not httpOnly.
    res.cookie(CSRF_COOKIE, token, {
      httpOnly: false,
      sameSite: 'lax',
      secure: cookieIsSecure(this.config, req),
      path: '/',
    });
    // The same request may need it at once (GET /api/auth/csrf answers with it too).
    req.cookies = { ...(req.cookies ?? {}), [CSRF_COOKIE]: token };
  }
}
