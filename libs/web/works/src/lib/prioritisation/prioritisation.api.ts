import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type {
  ProcessSummary,
  CastPrioritisationBallotRequest,
  CastPrioritisationResult,
  CounterPrioritisationBallotRequest,
  CounterPrioritisationResult,
  PrioritisationPage,
  PrioritisationResults,
} from '@agora/contracts';

const encode = encodeURIComponent;

/** A prioritisation of a quartier's works: its page, the ballot and the results. */
@Injectable({ providedIn: 'root' })
export class PrioritisationApi {
  private readonly http = inject(HttpClient);

  /** The prioritisations past their draft (the processes of kind `prioritisation`). */
  async list(): Promise<ProcessSummary[]> {
    const all = await firstValueFrom(this.http.get<ProcessSummary[]>('/api/processes'));
    return all.filter((process) => process.kind === 'prioritisation');
  }

  page(processId: string): Promise<PrioritisationPage> {
    return firstValueFrom(
      this.http.get<PrioritisationPage>(`/api/processes/${encode(processId)}/prioritisation`),
    );
  }

  /** Staff at the town-hall counter record a resident's ranking; the answer never says what it contains. */
  counterCast(processId: string, request: CounterPrioritisationBallotRequest): Promise<CounterPrioritisationResult> {
    return firstValueFrom(
      this.http.post<CounterPrioritisationResult>(
        `/api/processes/${encode(processId)}/prioritisation/counter-ballot`,
        request,
      ),
    );
  }

  /** Final: one ballot per resident; the receipt code is shown once. */
  cast(processId: string, request: CastPrioritisationBallotRequest): Promise<CastPrioritisationResult> {
    return firstValueFrom(
      this.http.post<CastPrioritisationResult>(
        `/api/processes/${encode(processId)}/prioritisation/ballot`,
        request,
      ),
    );
  }

  results(processId: string): Promise<PrioritisationResults> {
    return firstValueFrom(
      this.http.get<PrioritisationResults>(`/api/processes/${encode(processId)}/prioritisation/results`),
    );
  }
}
