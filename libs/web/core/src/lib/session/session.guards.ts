import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';

import { SessionStore } from './session.store';

/** Pages for signed-in people; others go to the sign-in page and come back afterwards. */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.whenReady();
  return session.signedIn()
    ? true
    : router.createUrlTree(['/connexion'], { queryParams: { retour: state.url } });
};

/** Pages for the admins of at least one territory. The API checks each request anyway. */
export const adminGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.whenReady();
  if (!session.signedIn())
    return router.createUrlTree(['/connexion'], { queryParams: { retour: state.url } });
  return session.isAdmin() ? true : router.createUrlTree(['/acces-refuse']);
};

/**
 * Back-office pages (`/gestion/…`): staff, officials and admins of some territory. The API checks
 * each process, consultation, idea box or work they then open.
 */
export const teamGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.whenReady();
  if (!session.signedIn())
    return router.createUrlTree(['/connexion'], { queryParams: { retour: state.url } });
  return session.runsProcesses() ? true : router.createUrlTree(['/acces-refuse']);
};
