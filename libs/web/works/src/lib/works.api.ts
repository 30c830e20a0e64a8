import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type {
  WorkCategory,
  WorkDetail,
  WorkFollowState,
  WorkPage,
  WorkSummary,
  WorkStatus,
  WorkUnsubscribeResult,
} from '@agora/contracts';

const encode = encodeURIComponent;

export interface WorkFilters {
  territoryId: string | null;
  status: WorkStatus | null;
  category: WorkCategory | null;
  page: number;
  pageSize: number;
}

/** The public works tracker: the list and map, one work's page, following it, open data. */
@Injectable({ providedIn: 'root' })
export class WorksApi {
  private readonly http = inject(HttpClient);

  list(filters: WorkFilters): Promise<WorkPage> {
    return firstValueFrom(this.http.get<WorkPage>('/api/works', { params: filterParams(filters) }));
  }

  /** Every work of a commune or quartier (the API's largest page), for the back office's lists. */
  async allIn(territoryId: string): Promise<WorkSummary[]> {
    const page = await this.list({ territoryId, status: null, category: null, page: 1, pageSize: 200 });
    return page.items;
  }

  detail(id: string): Promise<WorkDetail> {
    return firstValueFrom(this.http.get<WorkDetail>(`/api/works/${encode(id)}`));
  }

  follow(id: string, following: boolean): Promise<WorkFollowState> {
    const url = `/api/works/${encode(id)}/follow`;
    return firstValueFrom(
      following ? this.http.put<WorkFollowState>(url, {}) : this.http.delete<WorkFollowState>(url),
    );
  }

  /** The one-click link of a notification e-mail: no sign-in, the token says who and what. */
  unsubscribe(token: string): Promise<WorkUnsubscribeResult> {
    return firstValueFrom(this.http.post<WorkUnsubscribeResult>('/api/works/unsubscribe', { token }));
  }

  /** Server-sent events of a commune's or quartier's works (status, progress, new timeline entries). */
  liveUrl(territoryId: string): string {
    return `/api/works/live?territoryId=${encode(territoryId)}`;
  }

  /** Open data with the same filters as the list (territory, status, category). */
  openDataUrl(format: 'csv' | 'geojson', filters: Omit<WorkFilters, 'page' | 'pageSize'>): string {
    const params = filterParams({ ...filters, page: 0, pageSize: 0 }).toString();
    return `/api/works/open-data.${format}${params ? `?${params}` : ''}`;
  }
}

function filterParams(filters: WorkFilters): HttpParams {
  let params = new HttpParams();
  if (filters.territoryId) params = params.set('territoryId', filters.territoryId);
  if (filters.status) params = params.set('status', filters.status);
  if (filters.category) params = params.set('category', filters.category);
  if (filters.page) params = params.set('page', String(filters.page));
  if (filters.pageSize) params = params.set('pageSize', String(filters.pageSize));
  return params;
}
