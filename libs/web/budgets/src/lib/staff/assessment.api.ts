import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type {
  AssessProposalRequest,
  BallotProjectInput,
  Budget,
  Page,
  ProposalDetail,
  ProposalStatus,
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
    return this.withStatus(processId, 'published');
  }

  /** The proposals of one status (newest first, the API caps a page at 100). */
  withStatus(processId: string, status: ProposalStatus): Promise<Page<ProposalSummary>> {
    const params = new HttpParams().set('status', status).set('sort', 'newest').set('pageSize', '100');
    return firstValueFrom(
      this.http.get<Page<ProposalSummary>>(`/api/processes/${encode(processId)}/proposals`, { params }),
    );
  }

  detail(proposalId: string): Promise<ProposalDetail> {
    return firstValueFrom(this.http.get<ProposalDetail>(`/api/proposals/${encode(proposalId)}`));
  }

  /** Folds `duplicateId` into `intoId`: supporters and comments are carried over (answers with the duplicate). */
  merge(duplicateId: string, intoId: string): Promise<ProposalDetail> {
    return firstValueFrom(
      this.http.post<ProposalDetail>(`/api/proposals/${encode(duplicateId)}/merge`, { intoId }),
    );
  }

  /** Refused by the API (RULES_LOCKED) once the first ballot of the envelope is cast. */
  updateProject(projectId: string, project: BallotProjectInput): Promise<Budget> {
    return firstValueFrom(this.http.put<Budget>(`/api/ballot-projects/${encode(projectId)}`, project));
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
