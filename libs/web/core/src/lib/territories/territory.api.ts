import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type { LegalInfo, Territory, TerritoryDetail } from '@agora/contracts';

/** The public territory calls that several features need (home, account, legal pages, admin). */
@Injectable({ providedIn: 'root' })
export class TerritoryApi {
  private readonly http = inject(HttpClient);

  list(): Promise<Territory[]> {
    return firstValueFrom(this.http.get<Territory[]>('/api/territories'));
  }

  get(idOrSlug: string): Promise<TerritoryDetail> {
    return firstValueFrom(this.http.get<TerritoryDetail>(`/api/territories/${encodeURIComponent(idOrSlug)}`));
  }

  /** The quartier whose boundary contains the point; rejects with a 404 when there is none. */
  locate(lat: number, lng: number): Promise<Territory> {
    const params = new HttpParams().set('lat', String(lat)).set('lng', String(lng));
    return firstValueFrom(this.http.get<Territory>('/api/territories/locate', { params }));
  }

  legal(territoryId: string): Promise<LegalInfo> {
    return firstValueFrom(
      this.http.get<LegalInfo>(`/api/territories/${encodeURIComponent(territoryId)}/legal`),
    );
  }
}
