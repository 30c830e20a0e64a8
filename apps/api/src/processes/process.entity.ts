import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import type { ProcessKind, ProcessPhase } from '@agora/contracts';

/** A "démarche participative": a budget participatif, an idea box or a prioritisation. */
@Entity({ name: 'processes' })
export class ProcessEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'territory_id', type: 'uuid' })
  territoryId!: string;

  @Column({ type: 'text' })
  kind!: ProcessKind;

  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  summary!: string;

  // Sanitised on write (see rich-text.rule.ts), so readers render it as is.
  @Column({ name: 'description_html', type: 'text', default: '' })
  descriptionHtml!: string;

  @Column({ name: 'image_path', type: 'text', nullable: true })
  imagePath!: string | null;

  @Column({ type: 'text', default: 'draft' })
  phase!: ProcessPhase;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
