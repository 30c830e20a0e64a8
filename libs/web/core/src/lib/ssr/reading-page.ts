import { Injectable, signal } from '@angular/core';
import type { ActivatedRouteSnapshot, Data } from '@angular/router';

/**
 * Route data of a page whose code may wait for the visitor (issue 7): the server renders it complete
 * (for an anonymous visitor, or the ballot with the resident's session), in the language of their
 * device (LOCALE_COOKIE), and the browser starts the app's code only when the visitor first touches,
 * clicks, types or moves the pointer (or at once on a device whose choice the server did not know
 * yet, to switch the language): a slow phone shows and scrolls the page without the main thread
 * spending half a second on code the reader may never need. The code is fetched at low priority once
 * the page has loaded, so the first tap waits only for the app to start.
 *
 * Meanwhile links work as plain links, a click on a button is replayed once the code runs (Angular's
 * event replay), and what the visitor ticks, picks or types in a form field stays on screen and is
 * handed to the app once it has taken over the page (the starter script in apps/web). A page that
 * shows something only its code can make (a form in a `@defer` block, a map) must call
 * `ReadingPageState.needCodeAtLoad()` while the server renders it.
 */
export const READING_PAGE = 'agoraReadingPage';

export const readingPage: Data = { [READING_PAGE]: true };

/** Whether the page the router shows (any level of its route) is a reading page. */
export function isReadingPage(root: ActivatedRouteSnapshot): boolean {
  for (let route: ActivatedRouteSnapshot | null = root; route; route = route.firstChild) {
    if (route.routeConfig?.data?.[READING_PAGE] === true) return true;
  }
  return false;
}

/** What a reading page found out while the server rendered it (one render, one instance). */
@Injectable({ providedIn: 'root' })
export class ReadingPageState {
  private readonly codeAtLoad = signal(false);
  readonly codeNeededAtLoad = this.codeAtLoad.asReadonly();

  /** This rendering of the page shows something only the code can make: start it at load. */
  needCodeAtLoad(): void {
    this.codeAtLoad.set(true);
  }
}
