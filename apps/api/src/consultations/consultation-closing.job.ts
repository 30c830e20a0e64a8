import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { JobRunner } from '../scheduler/job-runner.service';
import { ResultsAnnouncer } from './results.announcer';

/**
 * Closes each published consultation whose closing date has passed. Answers are already refused from
 * that instant (the date decides, not this job); the job makes it official: status `closed`, the
 * closing time is the announced one, an audit entry by the schedule, and the live results pages are
 * told so they show the final figures. Every API process registers it; one runs it at a time.
 */
@Injectable()
export class ConsultationClosingJob implements OnModuleInit {
  constructor(
    private readonly jobs: JobRunner,
    private readonly audit: AuditService,
    private readonly announcer: ResultsAnnouncer,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'consultations:close-by-date',
      run: async (manager, now) => {
        const closed = await this.closeDue(manager, now);
        // Sent a second later, after the runner's transaction has committed.
        for (const id of closed) this.announcer.announce(id);
      },
    });
  }

  /** Closes what is due at `now`; returns the ids it closed (idempotent: a second run closes nothing). */
  async closeDue(manager: EntityManager, now: Date): Promise<string[]> {
    // An UPDATE … RETURNING comes back from the driver as [rows, affected].
    const [rows]: [Array<{ id: string; territory_id: string; title: string; closes_at: Date }>, number] =
      await manager.query(
      `UPDATE consultations SET status = 'closed', closed_at = closes_at, updated_at = now()
       WHERE status = 'published' AND closes_at IS NOT NULL AND closes_at <= $1
       RETURNING id, territory_id, title, closes_at`,
      [now],
    );
    for (const row of rows) {
      await this.audit.record(
        {
          actorId: null,
          action: 'consultation.close',
          objectType: 'consultation',
          objectId: row.id,
          territoryId: row.territory_id,
          before: { title: row.title, status: 'published' },
          after: { title: row.title, status: 'closed', closesAt: row.closes_at, by: 'schedule' },
        },
        manager,
      );
    }
    return rows.map((row) => row.id);
  }
}
