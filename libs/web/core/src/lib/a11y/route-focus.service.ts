import { DOCUMENT } from '@angular/common';
import { Injectable, Injector, afterNextRender, inject } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';

/**
 * After a navigation, moves focus to the new page's h1 (or to the `#fragment` target), as a
 * full page load would reset it, so screen reader and keyboard users start at the new content.
 * Not on the first load (the browser handles it) nor when only the query changes on the same page
 * (a filter or the next page of a list), where moving focus would lose the person's place.
 */
@Injectable({ providedIn: 'root' })
export class RouteFocusService {
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private started = false;

  start(): void {
    if (this.started) return;
    this.started = true;
    let previousPath: string | null = null;
    this.router.events.subscribe((event) => {
      if (!(event instanceof NavigationEnd)) return;
      const fragment = this.router.parseUrl(event.urlAfterRedirects).fragment;
      const path = event.urlAfterRedirects.split(/[?#]/)[0];
      const firstLoad = previousPath === null;
      const samePage = path === previousPath;
      previousPath = path;
      if ((firstLoad || samePage) && !fragment) return;
      afterNextRender({ read: () => this.focusTarget(fragment) }, { injector: this.injector });
    });
  }

  private focusTarget(fragment: string | null): void {
    const target =
      (fragment ? this.document.getElementById(fragment) : null) ??
      this.document.querySelector<HTMLElement>('main h1') ??
      this.document.querySelector<HTMLElement>('main');
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  }
}
