import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type { ProposalReportItem } from '@agora/contracts';

/** The moderators' queue of an idea box: open reports on its ideas and their comments. */
@Injectable({ providedIn: 'root' })
export class StaffReportsApi {
  private readonly http = inject(HttpClient);

  openReports(boxId: string): Promise<ProposalReportItem[]> {
    return firstValueFrom(
      this.http.get<ProposalReportItem[]>(`/api/processes/${encodeURIComponent(boxId)}/proposal-reports`),
    );
  }
}
