import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';

import type { RoleName } from '@agora/contracts';
import { SessionStore } from '@agora/web-core';

const TEAM_ROLES: RoleName[] = ['staff', 'official', 'admin'];

/** The works back office: staff, officials and admins of some territory. The API checks each work. */
export const worksStaffGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.whenReady();
  if (!session.signedIn())
    return router.createUrlTree(['/connexion'], { queryParams: { retour: state.url } });
  return TEAM_ROLES.some((role) => session.hasRole(role)) ? true : router.createUrlTree(['/acces-refuse']);
};
