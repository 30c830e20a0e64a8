import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';

import type { AgoraRequest } from '../access/principal';
import { APP_CONFIG } from '../config/app.config';
import type { AppConfig } from '../config/app.config';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from './session.cookie';
import { SessionService } from './session.service';

/** Finds who is calling from the session cookie and sets `req.principal` for the AccessGuard. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async use(req: AgoraRequest, res: Response, next: NextFunction): Promise<void> {
    try {
      const token: unknown = req.cookies?.[SESSION_COOKIE];
      if (typeof token === 'string' && token !== '') {
        const session = token.length <= 100 ? await this.sessions.resolve(token) : null;
        if (session) {
          req.principal = session.principal;
          if (session.refreshed) setSessionCookie(res, req, this.config, token);
        } else {
          clearSessionCookie(res, req, this.config); // expired or revoked: stop sending it
        }
      }
      next();
    } catch (error) {
      next(error);
    }
  }
}
