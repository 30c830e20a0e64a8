import { Column, Entity, PrimaryColumn } from 'typeorm';

import type { ProcessPhase } from '@agora/contracts';

/** One scheduled window of a process; the scheduler opens a phase when its start date has passed. */
@Entity({ name: 'process_phases' })
export class ProcessPhaseEntity {
  @PrimaryColumn({ name: 'process_id', type: 'uuid' })
  processId!: string;

  @PrimaryColumn({ type: 'text' })
  phase!: Exclude<ProcessPhase, 'draft'>;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true })
  endsAt!: Date | null;
}
