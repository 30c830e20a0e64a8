import { FetchBackend, HttpBackend, HttpEvent, HttpRequest, HttpResponse } from '@angular/common/http';
import { Injectable, Provider, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

/**
 * How the server reaches the API while it renders a page: with fetch, as the browser does, minus the
 * cookies the API answers with. Pages render without any cookie, so the API hands each call a fresh
 * CSRF cookie that no browser will ever receive from there; Angular's HTTP transfer cache refuses any
 * answer that sets a cookie, so without this the browser would fetch every answer a second time while
 * it hydrates the page (issue 7). Innermost, below every interceptor, where the transfer cache sees
 * the answer.
 */
@Injectable()
export class ServerHttpBackend implements HttpBackend {
  private readonly fetch = inject(FetchBackend);

  handle(request: HttpRequest<unknown>): Observable<HttpEvent<unknown>> {
    return this.fetch
      .handle(request)
      .pipe(
        map((event) =>
          event instanceof HttpResponse && event.headers.has('set-cookie')
            ? event.clone({ headers: event.headers.delete('set-cookie') })
            : event,
        ),
      );
  }
}

/** For the server's application config only. */
export function provideServerHttpBackend(): Provider[] {
  return [FetchBackend, { provide: HttpBackend, useClass: ServerHttpBackend }];
}
