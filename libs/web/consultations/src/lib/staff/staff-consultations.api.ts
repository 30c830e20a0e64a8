import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type { ConsultationDefinition } from '@agora/consultation-rules';
import type {
  ConclusionsRequest,
  ConsultationAttachment,
  ConsultationSummary,
  CounterResponseRequest,
  DownloadLink,
  HiddenConsultationText,
  ResponseRecorded,
  SaveConsultationRequest,
  SaveConsultationResult,
} from '@agora/contracts';

import {
  resultsParams,
  type ResultsSnapshot,
  type ResultsQuery,
  type StaffConsultation,
} from '../consultations.api';

export type ExportKind = 'csv' | 'xlsx' | 'json';
export type SavedConsultation = SaveConsultationResult<ConsultationDefinition>;

const encode = encodeURIComponent;
const base = (id: string) => `/api/staff/consultations/${encode(id)}`;

/** The back-office calls: build, publish, close, counter answers, moderation, conclusions, exports. */
@Injectable({ providedIn: 'root' })
export class StaffConsultationsApi {
  private readonly http = inject(HttpClient);

  list(): Promise<ConsultationSummary[]> {
    return firstValueFrom(this.http.get<ConsultationSummary[]>('/api/staff/consultations'));
  }

  /** By slug or id. */
  get(ref: string): Promise<StaffConsultation> {
    return firstValueFrom(this.http.get<StaffConsultation>(base(ref)));
  }

  create(request: SaveConsultationRequest): Promise<SavedConsultation> {
    return firstValueFrom(this.http.post<SavedConsultation>('/api/staff/consultations', request));
  }

  update(id: string, request: SaveConsultationRequest): Promise<SavedConsultation> {
    return firstValueFrom(this.http.put<SavedConsultation>(base(id), request));
  }

  /** multipart/form-data: the API recognises images and PDFs by their content, 10 MB at most. */
  upload(id: string, file: File): Promise<ConsultationAttachment> {
    const body = new FormData();
    body.append('file', file);
    return firstValueFrom(this.http.post<ConsultationAttachment>(`${base(id)}/attachments`, body));
  }

  publish(id: string): Promise<StaffConsultation> {
    return firstValueFrom(this.http.post<StaffConsultation>(`${base(id)}/publish`, {}));
  }

  close(id: string): Promise<StaffConsultation> {
    return firstValueFrom(this.http.post<StaffConsultation>(`${base(id)}/close`, {}));
  }

  counterAnswer(id: string, request: CounterResponseRequest): Promise<ResponseRecorded> {
    return firstValueFrom(this.http.post<ResponseRecorded>(`${base(id)}/counter-responses`, request));
  }

  results(id: string, query: ResultsQuery): Promise<ResultsSnapshot> {
    return firstValueFrom(
      this.http.get<ResultsSnapshot>(`${base(id)}/results`, { params: resultsParams(query) }),
    );
  }

  hideText(id: string, questionId: string, textId: string): Promise<void> {
    return firstValueFrom(this.http.post<void>(`${base(id)}/hidden-texts`, { questionId, textId }));
  }

  hiddenTexts(id: string): Promise<HiddenConsultationText[]> {
    return firstValueFrom(this.http.get<HiddenConsultationText[]>(`${base(id)}/hidden-texts`));
  }

  unhideText(id: string, textId: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`${base(id)}/hidden-texts/${encodeURIComponent(textId)}`));
  }

  saveConclusions(id: string, request: ConclusionsRequest): Promise<StaffConsultation> {
    return firstValueFrom(this.http.put<StaffConsultation>(`${base(id)}/conclusions`, request));
  }

  publishConclusions(id: string): Promise<StaffConsultation> {
    return firstValueFrom(this.http.post<StaffConsultation>(`${base(id)}/conclusions/publish`, {}));
  }

  /** A link that gives the export once, within 5 minutes (the answers may hold personal data). */
  exportLink(id: string, kind: ExportKind): Promise<DownloadLink> {
    return firstValueFrom(this.http.post<DownloadLink>(`${base(id)}/export-link`, { format: kind }));
  }
}
