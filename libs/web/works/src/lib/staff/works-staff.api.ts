import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type {
  ChangePhaseRequest,
  CreatePrioritisationRequest,
  CreateProcessRequest,
  CreateTimelineEntryRequest,
  CreateWorkRequest,
  Prioritisation,
  PrioritisationResults,
  ProcessDetail,
  TimelineEntry,
  UpdateWorkRequest,
  WorkDetail,
  WorkImportReport,
  WorkPhoto,
  WorkPhotoKind,
} from '@agora/contracts';

const encode = encodeURIComponent;

/** The staff side of works: edit, timeline updates with photos, CSV import, prioritisations. */
@Injectable({ providedIn: 'root' })
export class WorksStaffApi {
  private readonly http = inject(HttpClient);

  create(request: CreateWorkRequest): Promise<WorkDetail> {
    return firstValueFrom(this.http.post<WorkDetail>('/api/works', request));
  }

  update(id: string, request: UpdateWorkRequest): Promise<WorkDetail> {
    return firstValueFrom(this.http.patch<WorkDetail>(`/api/works/${encode(id)}`, request));
  }

  addTimelineEntry(id: string, request: CreateTimelineEntryRequest): Promise<TimelineEntry> {
    return firstValueFrom(this.http.post<TimelineEntry>(`/api/works/${encode(id)}/timeline`, request));
  }

  /** multipart/form-data: the API checks the image's type from its bytes, and its size. */
  addPhoto(id: string, entryId: string, file: File, kind: WorkPhotoKind, alt: string): Promise<WorkPhoto> {
    const body = new FormData();
    body.append('file', file, file.name);
    body.append('kind', kind);
    body.append('alt', alt);
    return firstValueFrom(
      this.http.post<WorkPhoto>(`/api/works/${encode(id)}/timeline/${encode(entryId)}/photos`, body),
    );
  }

  /** The file is sent as it is (text/csv); the API validates it row by row. */
  importCsv(communeId: string, csv: string): Promise<WorkImportReport> {
    return firstValueFrom(
      this.http.post<WorkImportReport>('/api/works/import', csv, {
        params: new HttpParams().set('territoryId', communeId),
        headers: new HttpHeaders({ 'Content-Type': 'text/csv' }),
      }),
    );
  }

  createProcess(request: CreateProcessRequest): Promise<ProcessDetail> {
    return firstValueFrom(this.http.post<ProcessDetail>('/api/processes', request));
  }

  changePhase(processId: string, request: ChangePhaseRequest): Promise<ProcessDetail> {
    return firstValueFrom(
      this.http.post<ProcessDetail>(`/api/processes/${encode(processId)}/phase`, request),
    );
  }

  openPrioritisation(processId: string, request: CreatePrioritisationRequest): Promise<Prioritisation> {
    return firstValueFrom(
      this.http.post<Prioritisation>(`/api/processes/${encode(processId)}/prioritisation`, request),
    );
  }

  count(processId: string): Promise<PrioritisationResults> {
    return firstValueFrom(
      this.http.post<PrioritisationResults>(`/api/processes/${encode(processId)}/prioritisation/count`, {}),
    );
  }

  draftResults(processId: string): Promise<PrioritisationResults> {
    return firstValueFrom(
      this.http.get<PrioritisationResults>(
        `/api/processes/${encode(processId)}/prioritisation/results/draft`,
      ),
    );
  }

  publish(processId: string): Promise<PrioritisationResults> {
    return firstValueFrom(
      this.http.post<PrioritisationResults>(
        `/api/processes/${encode(processId)}/prioritisation/results/publish`,
        {},
      ),
    );
  }
}
