import { HttpErrorResponse, HttpInterceptorFn, HttpXsrfTokenExtractor } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, from, switchMap, throwError } from 'rxjs';

import { SessionApi } from '../session/session.api';
import { isCsrfRefusal, toAppError } from './app-error';

export const XSRF_HEADER = 'X-XSRF-TOKEN';

/**
 * When a write is refused for a missing or stale CSRF token (the cookie expired, or the session
 * changed in another tab), fetch a fresh token and try the write once more.
 */
export const csrfRetryInterceptor: HttpInterceptorFn = (request, next) => {
  if (request.method === 'GET' || request.method === 'HEAD') return next(request);
  const sessionApi = inject(SessionApi);
  const tokens = inject(HttpXsrfTokenExtractor);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || !isCsrfRefusal(toAppError(error)))
        return throwError(() => error);
      return from(sessionApi.fetchCsrfCookie()).pipe(
        switchMap(() => {
          const token = tokens.getToken();
          return next(token ? request.clone({ setHeaders: { [XSRF_HEADER]: token } }) : request);
        }),
      );
    }),
  );
};
