import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';

import { LiveUpdatesService } from '../live/live-updates.service';

export const participationTopic = (processId: string) => `process:${processId}:participation`;

/** Dashboards need fresh counts, not one event per ballot. */
const ANNOUNCE_EVERY_MS = 1000;

/**
 * Tells the live dashboards that the counts of a process changed, at most once a second per process
 * and after the commit: a NOTIFY inside every cast would serialise the commits of concurrent votes
 * (PostgreSQL takes a global lock to queue notifications at commit).
 */
@Injectable()
export class ParticipationAnnouncer implements OnModuleDestroy {
  private readonly logger = new Logger('ParticipationAnnouncer');
  private readonly pending = new Map<string, NodeJS.Timeout>();

  constructor(private readonly live: LiveUpdatesService) {}

  announce(processId: string): void {
    if (this.pending.has(processId)) return;
    const timer = setTimeout(() => {
      this.pending.delete(processId);
      this.live.publish(participationTopic(processId), { changed: true }).catch((error: Error) => this.logger.warn(`Live update not sent: ${error.message}`));
    }, ANNOUNCE_EVERY_MS);
    timer.unref();
    this.pending.set(processId, timer);
  }

  onModuleDestroy(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }
}
