import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type {
  AssessProposalRequest,
  BallotProjectInput,
  Budget,
  Page,
  ProposalDetail,
  ProposalSummary,
} from '@agora/contracts';

const encode = encodeURIComponent;

/**
 * A feasible proposal not yet on the ballot, as `GET processes/:id/feasible-proposals` answers
 * (the API declares this shape in its proposals module, not in the shared contracts).
 */
export interface FeasibleProposalRow {
  id: string;
  title: string;
  description: string;
  territoryId: string;
  category: string | null;
  finalCostCents: number | null;
  lat: number | null;
  lng: number | null;
  address: string | null;
}

/** Staff study the proposals (feasible or not, why, at what cost), then put feasible ones on the ballot. */
@Injectable({ providedIn: 'root' })
export class AssessmentApi {
  private readonly http = inject(HttpClient);

  /** Published proposals waiting for their study; the API caps a page at 100. */
  toAssess(processId: string): Promise<Page<ProposalSummary>> {
    const params = new HttpParams().set('status', 'published').set('sort', 'newest').set('pageSize', '100');
    return firstValueFrom(
      this.http.get<Page<ProposalSummary>>(`/api/processes/${encode(processId)}/proposals`, { params }),
    );
  }

  assess(proposalId: string, request: AssessProposalRequest): Promise<ProposalDetail> {
    return firstValueFrom(
      this.http.post<ProposalDetail>(`/api/proposals/${encode(proposalId)}/assessment`, request),
    );
  }

  feasible(processId: string): Promise<FeasibleProposalRow[]> {
    return firstValueFrom(
      this.http.get<FeasibleProposalRow[]>(`/api/processes/${encode(processId)}/feasible-proposals`),
    );
  }

  /** With `proposalId`, the API marks the proposal "on the ballot" (refused unless it is feasible). */
  addToBallot(budgetId: string, project: BallotProjectInput): Promise<Budget> {
    return firstValueFrom(this.http.post<Budget>(`/api/budgets/${encode(budgetId)}/projects`, project));
  }
}
