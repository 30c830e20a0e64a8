import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type {
  CreateCommentRequest,
  CreateProposalRequest,
  Page,
  ProposalComment,
  ProposalDetail,
  ProposalImage,
  ProposalSort,
  ProposalSummary,
  ProposalSupportState,
  ReasonRequest,
} from '@agora/contracts';

const encode = encodeURIComponent;

export interface ProposalFilters {
  quartierId: string | null;
  category: string | null;
  sort: ProposalSort;
  seed: string | null;
  page: number;
  pageSize: number;
}

/** The proposals of a process, one proposal's page, and what residents do on it. */
@Injectable({ providedIn: 'root' })
export class ProposalsApi {
  private readonly http = inject(HttpClient);

  list(processId: string, filters: ProposalFilters): Promise<Page<ProposalSummary>> {
    let params = new HttpParams()
      .set('sort', filters.sort)
      .set('page', String(filters.page))
      .set('pageSize', String(filters.pageSize));
    if (filters.quartierId) params = params.set('quartierId', filters.quartierId);
    if (filters.category) params = params.set('category', filters.category);
    if (filters.seed && filters.sort === 'random') params = params.set('seed', filters.seed);
    return firstValueFrom(
      this.http.get<Page<ProposalSummary>>(`/api/processes/${encode(processId)}/proposals`, { params }),
    );
  }

  create(processId: string, request: CreateProposalRequest): Promise<ProposalDetail> {
    return firstValueFrom(
      this.http.post<ProposalDetail>(`/api/processes/${encode(processId)}/proposals`, request),
    );
  }

  /** multipart/form-data: the API checks the type from the bytes, and the size, again. */
  addImage(proposalId: string, file: File, alt: string): Promise<ProposalImage> {
    const body = new FormData();
    body.append('file', file, file.name);
    body.append('alt', alt);
    return firstValueFrom(this.http.post<ProposalImage>(`/api/proposals/${encode(proposalId)}/images`, body));
  }

  detail(id: string): Promise<ProposalDetail> {
    return firstValueFrom(this.http.get<ProposalDetail>(`/api/proposals/${encode(id)}`));
  }

  /** The author takes their proposal back (proposals and assessment phases). */
  withdraw(id: string): Promise<ProposalDetail> {
    return firstValueFrom(this.http.post<ProposalDetail>(`/api/proposals/${encode(id)}/withdraw`, {}));
  }

  support(id: string, supported: boolean): Promise<ProposalSupportState> {
    const url = `/api/proposals/${encode(id)}/support`;
    return firstValueFrom(
      supported ? this.http.put<ProposalSupportState>(url, {}) : this.http.delete<ProposalSupportState>(url),
    );
  }

  comment(id: string, request: CreateCommentRequest): Promise<ProposalComment> {
    return firstValueFrom(this.http.post<ProposalComment>(`/api/proposals/${encode(id)}/comments`, request));
  }

  reportProposal(id: string, reason: string): Promise<unknown> {
    const body: ReasonRequest = { reason };
    return firstValueFrom(this.http.post(`/api/proposals/${encode(id)}/reports`, body));
  }

  reportComment(commentId: string, reason: string): Promise<unknown> {
    const body: ReasonRequest = { reason };
    return firstValueFrom(this.http.post(`/api/proposals/comments/${encode(commentId)}/reports`, body));
  }
}
