import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type { Answers, ConsultationDefinition, ConsultationResults } from '@agora/consultation-rules';
import type {
  ConsultationDetail,
  ConsultationResultsPage,
  ConsultationStatus,
  ConsultationSummary,
  DraftSaved,
  ResponseRecorded,
  StaffConsultationDetail,
} from '@agora/contracts';

/** A consultation with its questions typed by the rules library. */
export type Consultation = ConsultationDetail<ConsultationDefinition>;
/** The back office's view of a consultation. */
export type StaffConsultation = StaffConsultationDetail<ConsultationDefinition>;
/** Results typed by the rules library. */
export type ResultsSnapshot = ConsultationResultsPage<ConsultationResults>;

/** Which results to fetch: one quartier's respondents, and the page of each question's free texts. */
export interface ResultsQuery {
  quartierId: string | null;
  textOffsets: Record<string, number>;
}

const encode = encodeURIComponent;

/** `?quartierId=&textOffset=q3:20`, as both results endpoints read it. */
export function resultsParams(query: ResultsQuery): HttpParams {
  let params = new HttpParams();
  if (query.quartierId) params = params.set('quartierId', query.quartierId);
  for (const [questionId, offset] of Object.entries(query.textOffsets)) {
    params = params.append('textOffset', `${questionId}:${offset}`);
  }
  return params;
}

/** The public consultation calls: list, page, the person's draft and answer, and the results. */
@Injectable({ providedIn: 'root' })
export class ConsultationsApi {
  private readonly http = inject(HttpClient);

  list(filter: {
    status: Exclude<ConsultationStatus, 'draft'>;
    territoryId?: string;
  }): Promise<ConsultationSummary[]> {
    let params = new HttpParams().set('status', filter.status);
    if (filter.territoryId) params = params.set('territoryId', filter.territoryId);
    return firstValueFrom(this.http.get<ConsultationSummary[]>('/api/consultations', { params }));
  }

  /** By slug or id; `me` is filled when signed in. */
  get(ref: string): Promise<Consultation> {
    return firstValueFrom(this.http.get<Consultation>(`/api/consultations/${encode(ref)}`));
  }

  saveDraft(id: string, answers: Record<string, unknown>): Promise<DraftSaved> {
    return firstValueFrom(this.http.put<DraftSaved>(`/api/consultations/${encode(id)}/draft`, { answers }));
  }

  /** `identity`: name and birth date, only where the consultation also takes counter answers. */
  submit(
    id: string,
    answers: Answers,
    notifyMe: boolean,
    identity: { lastName: string; firstName: string; birthDate: string } | null = null,
  ): Promise<ResponseRecorded> {
    return firstValueFrom(
      this.http.post<ResponseRecorded>(`/api/consultations/${encode(id)}/responses`, {
        answers,
        notifyMe,
        ...(identity ?? {}),
      }),
    );
  }

  results(id: string, query: ResultsQuery): Promise<ResultsSnapshot> {
    return firstValueFrom(
      this.http.get<ResultsSnapshot>(`/api/consultations/${encode(id)}/results`, {
        params: resultsParams(query),
      }),
    );
  }

  liveUrl(id: string): string {
    return `/api/consultations/${encode(id)}/results/live`;
  }
}
