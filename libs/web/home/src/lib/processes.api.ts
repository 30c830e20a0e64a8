import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type { ConsultationSummary, ProcessSummary } from '@agora/contracts';

/** The processes past their draft, newest first (public). */
@Injectable({ providedIn: 'root' })
export class ProcessesApi {
  private readonly http = inject(HttpClient);

  list(): Promise<ProcessSummary[]> {
    return firstValueFrom(this.http.get<ProcessSummary[]>('/api/processes'));
  }

  /** The published consultations (public); the home page keeps those accepting answers now. */
  consultations(): Promise<ConsultationSummary[]> {
    return firstValueFrom(this.http.get<ConsultationSummary[]>('/api/consultations'));
  }
}
