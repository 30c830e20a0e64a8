import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';

import { SessionStore } from '@agora/web-core';

/** The ideas back office: staff, officials and admins of some territory. The API checks each idea. */
export const ideasStaffGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.whenReady();
  if (!session.signedIn()) return router.createUrlTree(['/connexion'], { queryParams: { retour: state.url } });
  const team = session.hasRole('staff') || session.hasRole('official') || session.hasRole('admin');
  return team ? true : router.createUrlTree(['/acces-refuse']);
};
