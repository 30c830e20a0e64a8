import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type { TerritoryDetail } from '@agora/contracts';
import { TerritoryStore } from '@agora/web-core';
import type { MapArea } from '@agora/web-ui';

import { quartiersUnder } from '../proposals/quartier-list.inject';

const encode = encodeURIComponent;

/**
 * The outlines a budget's maps draw: the quartiers under the process's territory that have a
 * boundary, else the territory's own outline. Fetched once per territory and kept for the visit.
 */
@Injectable({ providedIn: 'root' })
export class MapAreasStore {
  private readonly http = inject(HttpClient);
  private readonly territories = inject(TerritoryStore);
  private readonly cache = new Map<string, Promise<MapArea[]>>();

  areasOf(territoryId: string): Promise<MapArea[]> {
    let areas = this.cache.get(territoryId);
    if (!areas) {
      areas = this.load(territoryId).catch(() => {
        // A map without outlines still shows the points and their list; try again next time.
        this.cache.delete(territoryId);
        return [];
      });
      this.cache.set(territoryId, areas);
    }
    return areas;
  }

  private async load(territoryId: string): Promise<MapArea[]> {
    await this.territories.load();
    const quartiers = quartiersUnder(this.territories.territories(), territoryId).filter(
      (t) => t.hasBoundary,
    );
    const ids = quartiers.length ? quartiers.map((q) => q.id) : [territoryId];
    const details = await Promise.all(
      ids.map((id) => firstValueFrom(this.http.get<TerritoryDetail>(`/api/territories/${encode(id)}`))),
    );
    return details
      .filter((detail) => detail.boundary)
      .map((detail) => ({ id: detail.id, label: detail.name, boundary: detail.boundary! }));
  }
}
