import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type {
  Budget,
  CreateBudgetRequest,
  CreateProcessRequest,
  Eligibility,
  EligibilityRequest,
  ManagedProcess,
  ProcessDetail,
  ProcessPhase,
  UpdateBudgetRequest,
  UpdateProcessRequest,
} from '@agora/contracts';

const encode = encodeURIComponent;

/** Setting up a budget process from the back office: the process, its image, envelopes, eligibility, phase. */
@Injectable({ providedIn: 'root' })
export class BuilderApi {
  private readonly http = inject(HttpClient);

  /** The budget processes the signed-in person runs, drafts included. */
  managed(): Promise<ManagedProcess[]> {
    return firstValueFrom(this.http.get<ManagedProcess[]>('/api/staff/processes', { params: { kind: 'budget' } }));
  }

  create(request: CreateProcessRequest): Promise<ProcessDetail> {
    return firstValueFrom(this.http.post<ProcessDetail>('/api/processes', request));
  }

  update(processId: string, request: UpdateProcessRequest): Promise<ProcessDetail> {
    return firstValueFrom(this.http.patch<ProcessDetail>(`/api/processes/${encode(processId)}`, request));
  }

  /** The file goes as it is; the API recognises JPEG, PNG and WebP by their bytes. */
  uploadImage(processId: string, file: Blob, name: string): Promise<ProcessDetail> {
    const body = new FormData();
    body.append('file', file, name);
    return firstValueFrom(this.http.post<ProcessDetail>(`/api/processes/${encode(processId)}/image`, body));
  }

  removeImage(processId: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/processes/${encode(processId)}/image`));
  }

  changePhase(processId: string, phase: ProcessPhase): Promise<ProcessDetail> {
    return firstValueFrom(this.http.post<ProcessDetail>(`/api/processes/${encode(processId)}/phase`, { phase }));
  }

  createBudget(processId: string, request: CreateBudgetRequest): Promise<Budget> {
    return firstValueFrom(this.http.post<Budget>(`/api/processes/${encode(processId)}/budgets`, request));
  }

  updateBudget(budgetId: string, request: UpdateBudgetRequest): Promise<Budget> {
    return firstValueFrom(this.http.patch<Budget>(`/api/budgets/${encode(budgetId)}`, request));
  }

  removeBudget(budgetId: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/budgets/${encode(budgetId)}`));
  }

  setEligibility(processId: string, request: EligibilityRequest): Promise<Eligibility> {
    return firstValueFrom(this.http.put<Eligibility>(`/api/processes/${encode(processId)}/eligibility`, request));
  }
}
