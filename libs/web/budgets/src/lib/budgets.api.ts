import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type {
  AgeDeclarationRequest,
  BallotPage,
  BudgetProcessPage,
  CastBallotRequest,
  CastBallotResult,
  CensusMatchRequest,
  EligibilityCheck,
  ProcessResults,
  ReceiptCheck,
} from '@agora/contracts';

const encode = encodeURIComponent;

/** The public budget pages of the API: the process, eligibility, the ballot, results and receipts. */
@Injectable({ providedIn: 'root' })
export class BudgetsApi {
  private readonly http = inject(HttpClient);

  processPage(slug: string): Promise<BudgetProcessPage> {
    return firstValueFrom(this.http.get<BudgetProcessPage>(`/api/budget-processes/${encode(slug)}`));
  }

  eligibility(processId: string): Promise<EligibilityCheck> {
    return firstValueFrom(
      this.http.get<EligibilityCheck>(`/api/processes/${encode(processId)}/eligibility/me`),
    );
  }

  /** Finds the resident on the census list; answers with their eligibility afterwards. */
  matchCensus(processId: string, request: CensusMatchRequest): Promise<EligibilityCheck> {
    return firstValueFrom(
      this.http.post<EligibilityCheck>(`/api/processes/${encode(processId)}/census/match`, request),
    );
  }

  /** For a vote with a minimum age: the resident's birth date, once; answers with their eligibility. */
  declareAge(processId: string, request: AgeDeclarationRequest): Promise<EligibilityCheck> {
    return firstValueFrom(
      this.http.put<EligibilityCheck>(`/api/processes/${encode(processId)}/age-declaration`, request),
    );
  }

  ballot(processId: string): Promise<BallotPage> {
    return firstValueFrom(this.http.get<BallotPage>(`/api/processes/${encode(processId)}/ballot`));
  }

  /** Final: the API keeps one ballot per person and envelope. */
  cast(processId: string, request: CastBallotRequest): Promise<CastBallotResult> {
    return firstValueFrom(
      this.http.post<CastBallotResult>(`/api/processes/${encode(processId)}/ballots`, request),
    );
  }

  results(slug: string): Promise<ProcessResults> {
    return firstValueFrom(this.http.get<ProcessResults>(`/api/processes/${encode(slug)}/results`));
  }

  receipt(code: string): Promise<ReceiptCheck> {
    return firstValueFrom(this.http.get<ReceiptCheck>(`/api/receipts/${encode(code)}`));
  }
}
