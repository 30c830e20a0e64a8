import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { ConsultationLiveEvent } from '@agora/contracts';

import { LiveUpdatesService } from '../live/live-updates.service';

export const consultationResultsTopic = (consultationId: string) => `consultation:${consultationId}:results`;

/** Live results need fresh figures, not one event per answer. */
const ANNOUNCE_EVERY_MS = 1000;

/**
 * Tells the live results pages that a consultation's results changed, at most once a second per
 * consultation and after the commit (a NOTIFY inside every answer's transaction would serialise the
 * commits of concurrent answers). The event carries the number of respondents, never an answer.
 */
@Injectable()
export class ResultsAnnouncer implements OnModuleDestroy {
  private readonly logger = new Logger('ConsultationResultsAnnouncer');
  private readonly pending = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly live: LiveUpdatesService,
    private readonly dataSource: DataSource,
  ) {}

  announce(consultationId: string): void {
    if (this.pending.has(consultationId)) return;
    const timer = setTimeout(() => {
      this.pending.delete(consultationId);
      this.publishNow(consultationId).catch((error: Error) =>
        this.logger.warn(`Live update not sent: ${error.message}`),
      );
    }, ANNOUNCE_EVERY_MS);
    timer.unref();
    this.pending.set(consultationId, timer);
  }

  private async publishNow(consultationId: string): Promise<void> {
    const [row]: Array<{ respondents: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS respondents FROM consultation_participations WHERE consultation_id = $1`,
      [consultationId],
    );
    const event: ConsultationLiveEvent = { consultationId, respondents: row?.respondents ?? 0 };
    await this.live.publish(consultationResultsTopic(consultationId), event);
  }

  onModuleDestroy(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }
}
