import type { ActivatedRouteSnapshot, Data } from '@angular/router';

/**
 * Route data of a page made for reading (issue 7): no form, map nor live data, only text, figures and
 * links. The server renders it complete for an anonymous visitor, in the language of their device
 * (LOCALE_COOKIE), and the browser starts the app's code only when the visitor first touches, clicks,
 * types or moves the pointer (or at once on a device whose choice the server did not know yet, to
 * switch the language): a slow phone shows and scrolls the page
 * without the main thread spending half a second on code the reader may never need. Links work as
 * plain links meanwhile, and a click on a button is replayed once the code runs (Angular's event
 * replay). The code is fetched at low priority once the page has loaded, so the first tap waits only
 * for the app to start. Pages with form fields must not be reading pages: a choice made before the
 * code runs would be overwritten when it starts.
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
