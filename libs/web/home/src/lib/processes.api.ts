import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type { ProcessSummary } from '@agora/contracts';

/** The processes past their draft, newest first (public). */
@Injectable({ providedIn: 'root' })
export class ProcessesApi {
  private readonly http = inject(HttpClient);

  list(): Promise<ProcessSummary[]> {
    return firstValueFrom(this.http.get<ProcessSummary[]>('/api/processes'));
  }
}
