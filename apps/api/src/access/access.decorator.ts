import { SetMetadata } from '@nestjs/common';

import type { RoleName } from '@agora/contracts';

/** Where the guard reads the territory a role must be held on (the role is inherited down the tree). */
export type TerritorySource =
  | { from: 'param' | 'query' | 'body'; key: string }
  /** Held on at least one territory (e.g. to open the back office); the service narrows further. */
  | { from: 'any' };

export type AccessPolicy =
  | { kind: 'public' }
  | { kind: 'signedIn'; verifiedEmail: boolean }
  | { kind: 'role'; roles: RoleName[]; territory: TerritorySource };

export const ACCESS_POLICY = 'agora:access-policy';

/**
 * Every route declares who may call it; the global AccessGuard refuses routes that declare nothing.
 * Put it on the handler (or on the controller for all its handlers).
 */
export const Access = (policy: AccessPolicy) => SetMetadata(ACCESS_POLICY, policy);
export const Public = () => Access({ kind: 'public' });
export const SignedIn = (options: { verifiedEmail?: boolean } = {}) =>
  Access({ kind: 'signedIn', verifiedEmail: options.verifiedEmail ?? true });
export const RequireRole = (roles: RoleName[], territory: TerritorySource) =>
  Access({ kind: 'role', roles, territory });
