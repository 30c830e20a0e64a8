import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type {
  CensusUploadResult,
  CounterBallotRequest,
  CounterBallotResult,
  CounterPrecheck,
  CounterPrecheckRequest,
  ParticipationStats,
  ProcessResults,
} from '@agora/contracts';

const encode = encodeURIComponent;

/** The staff side of a budget process: counter and paper ballots, the count and its publication. */
@Injectable({ providedIn: 'root' })
export class StaffApi {
  private readonly http = inject(HttpClient);

  /** Where the person at the counter already voted (envelope and channel), before a ballot is started. */
  precheck(processId: string, request: CounterPrecheckRequest): Promise<CounterPrecheck> {
    return firstValueFrom(
      this.http.post<CounterPrecheck>(`/api/processes/${encode(processId)}/counter/precheck`, request),
    );
  }

  /** The API answers only that a ballot was recorded, never what it says. */
  castAtCounter(processId: string, request: CounterBallotRequest): Promise<CounterBallotResult> {
    return firstValueFrom(
      this.http.post<CounterBallotResult>(`/api/processes/${encode(processId)}/counter/ballots`, request),
    );
  }

  /** The census list as a CSV file, sent as it is (no size limit of a JSON body); all or nothing. */
  uploadCensusFile(processId: string, file: Blob): Promise<CensusUploadResult> {
    return firstValueFrom(
      this.http.post<CensusUploadResult>(`/api/processes/${encode(processId)}/census/file`, file, {
        headers: { 'Content-Type': 'text/csv' },
      }),
    );
  }

  /** Closes the vote if it is still open, then counts every envelope. */
  count(processId: string): Promise<ProcessResults> {
    return firstValueFrom(this.http.post<ProcessResults>(`/api/processes/${encode(processId)}/count`, {}));
  }

  draftResults(processId: string): Promise<ProcessResults> {
    return firstValueFrom(this.http.get<ProcessResults>(`/api/processes/${encode(processId)}/results/draft`));
  }

  publish(processId: string): Promise<ProcessResults> {
    return firstValueFrom(
      this.http.post<ProcessResults>(`/api/processes/${encode(processId)}/results/publish`, {}),
    );
  }

  participation(processId: string): Promise<ParticipationStats> {
    return firstValueFrom(
      this.http.get<ParticipationStats>(`/api/processes/${encode(processId)}/participation`),
    );
  }

  /** The URL of the server-sent events that push the counts again after each ballot. */
  participationLiveUrl(processId: string): string {
    return `/api/processes/${encode(processId)}/participation/live`;
  }
}
