import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type {
  AuditEntry,
  CreateTerritoryRequest,
  GrantRoleRequest,
  ImportQuartiersRequest,
  ImportQuartiersResult,
  LegalInfo,
  LegalInfoWrapper,
  Page,
  RoleAssignment,
  TerritoryDetail,
  UpdateTerritoryRequest,
} from '@agora/contracts';

/** What admins do: territories, their legal information, roles, and reading the audit log. */
@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly http = inject(HttpClient);

  createTerritory(request: CreateTerritoryRequest): Promise<TerritoryDetail> {
    return firstValueFrom(this.http.post<TerritoryDetail>('/api/territories', request));
  }

  updateTerritory(id: string, request: UpdateTerritoryRequest): Promise<TerritoryDetail> {
    return firstValueFrom(
      this.http.patch<TerritoryDetail>(`/api/territories/${encodeURIComponent(id)}`, request),
    );
  }

  importQuartiers(id: string, request: ImportQuartiersRequest): Promise<ImportQuartiersResult> {
    return firstValueFrom(
      this.http.post<ImportQuartiersResult>(
        `/api/territories/${encodeURIComponent(id)}/quartiers/import`,
        request,
      ),
    );
  }

  legal(territoryId: string): Promise<LegalInfo> {
    return firstValueFrom(
      this.http.get<LegalInfo>(`/api/territories/${encodeURIComponent(territoryId)}/legal`),
    );
  }

  saveLegal(territoryId: string, info: LegalInfo): Promise<LegalInfo> {
    const body: LegalInfoWrapper = { legal: info };
    return firstValueFrom(
      this.http.put<LegalInfo>(`/api/territories/${encodeURIComponent(territoryId)}/legal`, body),
    );
  }

  roles(territoryId: string): Promise<RoleAssignment[]> {
    const params = new HttpParams().set('territoryId', territoryId);
    return firstValueFrom(this.http.get<RoleAssignment[]>('/api/admin/roles', { params }));
  }

  grantRole(request: GrantRoleRequest): Promise<RoleAssignment> {
    return firstValueFrom(this.http.post<RoleAssignment>('/api/admin/roles', request));
  }

  revokeRole(id: string): Promise<unknown> {
    return firstValueFrom(this.http.delete(`/api/admin/roles/${encodeURIComponent(id)}`));
  }

  audit(territoryId: string, page: number, pageSize: number): Promise<Page<AuditEntry>> {
    const params = new HttpParams()
      .set('territoryId', territoryId)
      .set('page', String(page))
      .set('pageSize', String(pageSize));
    return firstValueFrom(this.http.get<Page<AuditEntry>>('/api/admin/audit', { params }));
  }
}
