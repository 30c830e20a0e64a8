import { FetchBackend, HttpBackend, HttpEvent, HttpRequest, HttpResponse } from '@angular/common/http';
import { Injectable, Provider, REQUEST, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

/**
 * How the server reaches the API while it renders a page: with fetch, as the browser does, minus the
 * cookies the API answers with. Pages render without the browser's CSRF cookie, so the API hands each
 * call a fresh one that no browser will ever receive from there; Angular's HTTP transfer cache refuses
 * any answer that sets a cookie, so without this the browser would fetch every answer a second time
 * while it hydrates the page (issue 7). Innermost, below every interceptor, where the transfer cache
 * sees the answer.
 *
 * When the API renders a page with the visitor's session (the ballot, issue 7), the page request
 * carries that cookie and no other: it goes along on the page's calls to the same API, never elsewhere.
 */
@Injectable()
export class ServerHttpBackend implements HttpBackend {
  private readonly fetch = inject(FetchBackend);
  private readonly page = inject(REQUEST, { optional: true });

  handle(request: HttpRequest<unknown>): Observable<HttpEvent<unknown>> {
    const cookie = this.page?.headers.get('cookie');
    const sent = cookie && this.isOwnApi(request.url) ? request.clone({ setHeaders: { cookie } }) : request;
    return this.fetch
      .handle(sent)
      .pipe(
        map((event) =>
          event instanceof HttpResponse && event.headers.has('set-cookie')
            ? event.clone({ headers: event.headers.delete('set-cookie') })
            : event,
        ),
      );
  }

  private isOwnApi(url: string): boolean {
    if (!this.page) return false;
    try {
      const target = new URL(url, this.page.url);
      return target.origin === new URL(this.page.url).origin && target.pathname.startsWith('/api/');
    } catch {
      return false;
    }
  }
}

/** For the server's application config only. */
export function provideServerHttpBackend(): Provider[] {
  return [FetchBackend, { provide: HttpBackend, useClass: ServerHttpBackend }];
}
