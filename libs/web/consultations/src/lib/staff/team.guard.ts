import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';

import { SessionStore } from '@agora/web-core';

/** Back office of consultations: officials, staff and admins of some territory. The API checks each one. */
export const consultationTeamGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.whenReady();
  if (!session.signedIn())
    return router.createUrlTree(['/connexion'], { queryParams: { retour: state.url } });
  const team = (['official', 'staff', 'admin'] as const).some((role) => session.hasRole(role));
  return team ? true : router.createUrlTree(['/acces-refuse']);
};
