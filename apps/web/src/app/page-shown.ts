import { ApplicationRef, afterNextRender } from '@angular/core';
import { NavigationCancel, NavigationEnd, NavigationError, Router } from '@angular/router';

/**
 * Resolves once the app has rendered its first page, i.e. taken over the server's DOM for it
 * (hydration happens in that render), or once the app is stable if that comes first. A reading page's
 * starter script then hands over what the visitor did in its form fields meanwhile (APP_READY_EVENT):
 * as soon as the fields are the app's, so that a box ticked before shows unticked for no longer than
 * the render that hydrated it, not until every request of the start has answered.
 */
export function whenFirstPageShown(app: ApplicationRef): Promise<void> {
  const router = app.injector.get(Router);
  const shown = new Promise<void>((resolve) => {
    const afterRender = () => {
      afterNextRender(() => resolve(), { injector: app.injector });
    };
    if (router.navigated) {
      afterRender();
      return;
    }
    const subscription = router.events.subscribe((event) => {
      if (
        event instanceof NavigationEnd ||
        event instanceof NavigationCancel ||
        event instanceof NavigationError
      ) {
        subscription.unsubscribe();
        afterRender();
      }
    });
  });
  return Promise.race([shown, app.whenStable()]);
}
