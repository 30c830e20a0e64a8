import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { LiveUpdatesService } from '../live/live-updates.service';

/** The live topic of a process's proposals; public pages listen to it to refresh what changed. */
export const proposalsTopic = (processId: string) => `proposals:${processId}`;

/** What changed on a proposal: ids and counts only, never text (events go to anyone listening). */
export type ProposalLiveEvent =
  | { proposalId: string; change: 'supports'; supportsCount: number }
  | { proposalId: string; change: 'comments' | 'status' | 'moderation' };

/** Announces proposal changes once the transaction that made them commits. */
@Injectable()
export class ProposalLivePublisher {
  constructor(private readonly live: LiveUpdatesService) {}

  publish(processId: string, event: ProposalLiveEvent, manager: EntityManager): Promise<void> {
    return this.live.publish(proposalsTopic(processId), event, manager);
  }
}
