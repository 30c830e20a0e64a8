import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type {
  CreateIdeaBoxRequest,
  CreateProposalRequest,
  HiddenIdeaContent,
  IdeaAnswer,
  IdeaAnswerFilter,
  IdeaBoxDetail,
  IdeaBoxSummary,
  IdeaConversion,
  IdeaSummary,
  Page,
  ProcessSummary,
  ProposalComment,
  ProposalDetail,
  ProposalImage,
  ProposalKind,
  ProposalSupportState,
  ShopDemandCells,
  ShopDemandRow,
  ShopType,
  SimilarProposal,
} from '@agora/contracts';

const encode = encodeURIComponent;

export interface IdeaFilters {
  quartierId: string | null;
  category: string | null;
  kind: ProposalKind | null;
  answer: IdeaAnswerFilter | null;
  sort: 'supports' | 'newest';
  page: number;
  pageSize: number;
}

/**
 * The works module's endpoint (apps/api/src/works/README.md) that turns an idea into a planned work;
 * it records the conversion through the ideas module's IdeaConversionService.recordWork.
 */
export const WORK_FROM_IDEA_URL = '/api/works/from-idea';

/** The idea boxes, their ideas, and what residents and staff do on them. */
@Injectable({ providedIn: 'root' })
export class IdeasApi {
  private readonly http = inject(HttpClient);

  boxes(): Promise<IdeaBoxSummary[]> {
    return firstValueFrom(this.http.get<IdeaBoxSummary[]>('/api/idea-boxes'));
  }

  box(idOrSlug: string): Promise<IdeaBoxDetail> {
    return firstValueFrom(this.http.get<IdeaBoxDetail>(`/api/idea-boxes/${encode(idOrSlug)}`));
  }

  ideas(boxId: string, filters: IdeaFilters): Promise<Page<IdeaSummary>> {
    let params = new HttpParams()
      .set('sort', filters.sort)
      .set('page', String(filters.page))
      .set('pageSize', String(filters.pageSize));
    if (filters.quartierId) params = params.set('quartierId', filters.quartierId);
    if (filters.category) params = params.set('category', filters.category);
    if (filters.kind) params = params.set('kind', filters.kind);
    if (filters.answer) params = params.set('answer', filters.answer);
    return firstValueFrom(this.http.get<Page<IdeaSummary>>(`/api/idea-boxes/${encode(boxId)}/ideas`, { params }));
  }

  similar(boxId: string, title: string): Promise<SimilarProposal[]> {
    const params = new HttpParams().set('title', title);
    return firstValueFrom(
      this.http.get<SimilarProposal[]>(`/api/processes/${encode(boxId)}/proposals/similar`, { params }),
    );
  }

  create(boxId: string, request: CreateProposalRequest): Promise<ProposalDetail> {
    return firstValueFrom(this.http.post<ProposalDetail>(`/api/processes/${encode(boxId)}/proposals`, request));
  }

  /** multipart/form-data: the API checks the type from the bytes, and the size, again. */
  addImage(ideaId: string, file: File, alt: string): Promise<ProposalImage> {
    const body = new FormData();
    body.append('file', file, file.name);
    body.append('alt', alt);
    return firstValueFrom(this.http.post<ProposalImage>(`/api/proposals/${encode(ideaId)}/images`, body));
  }

  detail(id: string): Promise<ProposalDetail> {
    return firstValueFrom(this.http.get<ProposalDetail>(`/api/proposals/${encode(id)}`));
  }

  async conversion(id: string): Promise<IdeaConversion | null> {
    const res = await firstValueFrom(
      this.http.get<{ conversion: IdeaConversion | null }>(`/api/ideas/${encode(id)}/conversion`),
    );
    return res.conversion;
  }

  support(id: string, supported: boolean): Promise<ProposalSupportState> {
    const url = `/api/proposals/${encode(id)}/support`;
    return firstValueFrom(
      supported ? this.http.put<ProposalSupportState>(url, {}) : this.http.delete<ProposalSupportState>(url),
    );
  }

  /** A comment on the idea, or a reply to the comment `parentId` (threads nest COMMENT_MAX_DEPTH deep). */
  comment(id: string, body: string, parentId?: string): Promise<ProposalComment> {
    return firstValueFrom(
      this.http.post<ProposalComment>(`/api/proposals/${encode(id)}/comments`, parentId ? { body, parentId } : { body }),
    );
  }

  /** Flags the idea to the moderators (once per person). */
  report(id: string, reason: string): Promise<unknown> {
    return firstValueFrom(this.http.post(`/api/proposals/${encode(id)}/reports`, { reason }));
  }

  shopDemand(boxId: string): Promise<ShopDemandRow[]> {
    return firstValueFrom(this.http.get<ShopDemandRow[]>(`/api/processes/${encode(boxId)}/proposals/shop-demand`));
  }

  cells(boxId: string, shopType: ShopType | null): Promise<ShopDemandCells> {
    const params = shopType ? new HttpParams().set('shopType', shopType) : new HttpParams();
    return firstValueFrom(this.http.get<ShopDemandCells>(`/api/idea-boxes/${encode(boxId)}/shop-demand/cells`, { params }));
  }

  /** Server-sent events when an idea of the box changes (ids only). */
  liveUrl(boxId: string): string {
    return `/api/processes/${encode(boxId)}/proposals/live`;
  }

  openDataUrl(boxIdOrSlug: string, format: 'csv' | 'geojson'): string {
    return `/api/idea-boxes/${encode(boxIdOrSlug)}/ideas.${format}`;
  }

  shopDemandCsvUrl(boxId: string): string {
    return `/api/processes/${encode(boxId)}/proposals/shop-demand/csv`;
  }

  // Staff and officials.

  createBox(request: CreateIdeaBoxRequest): Promise<IdeaBoxDetail> {
    return firstValueFrom(this.http.post<IdeaBoxDetail>('/api/idea-boxes', request));
  }

  answer(id: string, answer: IdeaAnswer, reason: string): Promise<ProposalDetail> {
    return firstValueFrom(this.http.post<ProposalDetail>(`/api/proposals/${encode(id)}/answer`, { answer, reason }));
  }

  hide(id: string, reason: string): Promise<unknown> {
    return firstValueFrom(this.http.post(`/api/proposals/${encode(id)}/hide`, { reason }));
  }

  hideComment(commentId: string, reason: string): Promise<unknown> {
    return firstValueFrom(this.http.post(`/api/proposals/comments/${encode(commentId)}/hide`, { reason }));
  }

  unhide(id: string): Promise<unknown> {
    return firstValueFrom(this.http.post(`/api/proposals/${encode(id)}/unhide`, {}));
  }

  unhideComment(commentId: string): Promise<unknown> {
    return firstValueFrom(this.http.post(`/api/proposals/comments/${encode(commentId)}/unhide`, {}));
  }

  /** What moderators hid in the box (ideas and comments), to bring back a hide made by mistake. */
  hidden(boxId: string): Promise<HiddenIdeaContent[]> {
    return firstValueFrom(this.http.get<HiddenIdeaContent[]>(`/api/idea-boxes/${encode(boxId)}/hidden`));
  }

  /** Budget processes of a territory that still take projects (proposals or assessment phase). */
  async openBudgets(territoryId: string): Promise<ProcessSummary[]> {
    const params = new HttpParams().set('territoryId', territoryId);
    const all = await firstValueFrom(this.http.get<ProcessSummary[]>('/api/processes', { params }));
    return all.filter((p) => p.kind === 'budget' && (p.phase === 'proposals' || p.phase === 'assessment'));
  }

  toBudgetProject(id: string, processId: string): Promise<IdeaConversion> {
    return firstValueFrom(this.http.post<IdeaConversion>(`/api/ideas/${encode(id)}/budget-project`, { processId }));
  }

  toWork(id: string): Promise<{ id: string }> {
    return firstValueFrom(this.http.post<{ id: string }>(WORK_FROM_IDEA_URL, { proposalId: id }));
  }

  wishesCsvUrl(boxId: string): string {
    return `/api/idea-boxes/${encode(boxId)}/shop-demand/wishes.csv`;
  }
}
