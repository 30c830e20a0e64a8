import { computed, inject } from '@angular/core';

import type { RoleName, TerritoryKind } from '@agora/contracts';
import { SessionStore, TerritoryStore, managedSubtrees, territoriesUnder } from '@agora/web-core';

export const KIND_LABELS: Record<TerritoryKind, string> = {
  metropole: 'common.kind.metropole',
  epci: 'common.kind.epci',
  commune: 'common.kind.commune',
  quartier: 'common.kind.quartier',
};

export const ROLE_LABELS: Record<RoleName, string> = {
  citizen: 'common.role.citizen',
  staff: 'common.role.staff',
  official: 'common.role.official',
  admin: 'common.role.admin',
};

/**
 * The territories the signed-in admin manages (where they hold the admin role, and below).
 * Call in a field initializer; the territory list is loaded on first use.
 */
export function injectAdminScope() {
  const session = inject(SessionStore);
  const territories = inject(TerritoryStore);
  void territories.load();
  return {
    territories,
    lines: computed(() => territoriesUnder(territories.territories(), session.adminTerritoryIds())),
    subtrees: computed(() => managedSubtrees(territories.tree(), session.adminTerritoryIds())),
  };
}
