import { Signal, computed, inject } from '@angular/core';

import type { Territory } from '@agora/contracts';
import { TerritoryStore, compareNames } from '@agora/web-core';

/** The quartiers under a process's territory (its commune, or the communes of its métropole), by name. */
export function injectQuartiersOf(territoryId: Signal<string | null>): Signal<Territory[]> {
  const store = inject(TerritoryStore);
  void store.load();
  return computed(() => {
    const rootId = territoryId();
    return rootId ? quartiersUnder(store.territories(), rootId) : [];
  });
}

/** The quartiers anywhere below `rootId` in the flat territory list, by name. */
export function quartiersUnder(all: readonly Territory[], rootId: string): Territory[] {
  const under = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const territory of all) {
      if (territory.parentId && under.has(territory.parentId) && !under.has(territory.id)) {
        under.add(territory.id);
        grew = true;
      }
    }
  }
  return all
    .filter((territory) => territory.kind === 'quartier' && under.has(territory.id))
    .sort((a, b) => compareNames(a.name, b.name));
}
