import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';

import { FlashStore } from '../notices/flash.store';
import { SessionStore } from '../session/session.store';

function answers401ByDesign(method: string, url: string): boolean {
  return url.startsWith('/api/auth/') || (method === 'GET' && url === '/api/me');
}

/**
 * A 401 may mean the session expired, or only that a password typed to confirm an action was wrong.
 * Asking `GET /api/me` tells them apart; only an expired session sends the person to sign in again.
 */
export const sessionExpiryInterceptor: HttpInterceptorFn = (request, next) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  const flash = inject(FlashStore);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        session.signedIn() &&
        !answers401ByDesign(request.method, request.url)
      ) {
        void session.refresh().then(() => {
          if (session.signedIn()) return;
          flash.show('errors.sessionExpired', 'warning');
          void router.navigate(['/connexion'], { queryParams: { retour: router.url } });
        });
      }
      return throwError(() => error);
    }),
  );
};
