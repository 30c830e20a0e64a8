import { Signal, computed, inject } from '@angular/core';

import type { Territory } from '@agora/contracts';
import { SessionStore, TerritoryStore, territoriesUnder } from '@agora/web-core';

export interface ManagedTerritories {
  /** Communes and quartiers the person works for, in tree order, with an indented label. */
  all: Signal<Array<{ territory: Territory; label: string }>>;
  communes: Signal<Territory[]>;
  quartiers: Signal<Territory[]>;
  /** The commune a territory belongs to (itself for a commune). */
  communeOf(territoryId: string): Territory | null;
}

const TEAM_ROLES = new Set(['staff', 'official', 'admin']);

/** The territories where the signed-in person has a team role, and everything below them. */
export function injectManagedTerritories(): ManagedTerritories {
  const session = inject(SessionStore);
  const store = inject(TerritoryStore);
  void store.load();
  const lines = computed(() => {
    const granted = (session.me()?.roles ?? []).filter((grant) => TEAM_ROLES.has(grant.role));
    return territoriesUnder(
      store.territories(),
      granted.map((grant) => grant.territoryId),
    ).filter((line) => line.territory.kind === 'commune' || line.territory.kind === 'quartier');
  });
  return {
    all: computed(() =>
      lines().map((line) => ({
        territory: line.territory,
        label: line.territory.kind === 'quartier' ? `— ${line.territory.name}` : line.territory.name,
      })),
    ),
    communes: computed(() =>
      lines()
        .map((l) => l.territory)
        .filter((t) => t.kind === 'commune'),
    ),
    quartiers: computed(() =>
      lines()
        .map((l) => l.territory)
        .filter((t) => t.kind === 'quartier'),
    ),
    communeOf(territoryId: string): Territory | null {
      let current = store.byId(territoryId);
      while (current && current.kind !== 'commune') current = store.byId(current.parentId);
      return current;
    },
  };
}
