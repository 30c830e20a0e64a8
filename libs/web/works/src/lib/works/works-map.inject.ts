import { Signal, effect, inject, signal, untracked } from '@angular/core';

import { TerritoryApi } from '@agora/web-core';
import type { MapArea, MapGeometry } from '@agora/web-ui';

/**
 * The outlines to draw under the works: the chosen quartier, or every quartier of the chosen
 * commune. Nothing is drawn when no territory is chosen (the map then frames the works).
 */
export function injectTerritoryAreas(territoryId: Signal<string | null>): Signal<MapArea[]> {
  const api = inject(TerritoryApi);
  const areas = signal<MapArea[]>([]);
  effect(() => {
    const id = territoryId();
    untracked(async () => {
      if (!id) {
        areas.set([]);
        return;
      }
      try {
        const detail = await api.get(id);
        const parts = detail.kind === 'commune' ? detail.children.filter((child) => child.hasBoundary) : [];
        const drawn = parts.length ? await Promise.all(parts.map((part) => api.get(part.id))) : [detail];
        if (territoryId() !== id) return;
        areas.set(
          drawn
            .filter((territory) => territory.boundary)
            .map((territory) => ({
              id: territory.id,
              label: territory.name,
              boundary: territory.boundary as MapGeometry,
            })),
        );
      } catch {
        // The outline is decoration: the works and their list stay available without it.
        areas.set([]);
      }
    });
  });
  return areas.asReadonly();
}
