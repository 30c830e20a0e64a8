import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import type {
  ConsultationAudience,
  ConsultationDocument,
  ConsultationImage,
  ConsultationStatus,
  ResultsVisibility,
} from '@agora/contracts';
import type { ConsultationDefinition } from '@agora/consultation-rules';

/** A consultation: its settings, its questions (a versioned definition) and its conclusions. */
@Entity({ name: 'consultations' })
export class ConsultationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'territory_id', type: 'uuid' })
  territoryId!: string;

  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  summary!: string;

  @Column({ name: 'context_html', type: 'text', default: '' })
  contextHtml!: string;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  images!: ConsultationImage[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  documents!: ConsultationDocument[];

  @Column({ name: 'opens_at', type: 'timestamptz', nullable: true })
  opensAt!: Date | null;

  @Column({ name: 'closes_at', type: 'timestamptz', nullable: true })
  closesAt!: Date | null;

  @Column({ type: 'text' })
  audience!: ConsultationAudience;

  @Column({ name: 'quartier_ids', type: 'uuid', array: true, default: () => `'{}'` })
  quartierIds!: string[];

  @Column({ type: 'boolean' })
  anonymous!: boolean;

  @Column({ name: 'results_visibility', type: 'text' })
  resultsVisibility!: ResultsVisibility;

  @Column({ name: 'one_per_screen', type: 'boolean', default: false })
  onePerScreen!: boolean;

  /** Residents may also answer at the counter: every respondent is then registered by identity hash too. */
  @Column({ name: 'counter_answers', type: 'boolean', default: false })
  counterAnswers!: boolean;

  @Column({ type: 'text', default: 'draft' })
  status!: ConsultationStatus;

  @Column({ type: 'jsonb' })
  definition!: ConsultationDefinition;

  @Column({ name: 'definition_version', type: 'int', default: 1 })
  definitionVersion!: number;

  @Column({ name: 'locked_at', type: 'timestamptz', nullable: true })
  lockedAt!: Date | null;

  @Column({ name: 'identity_salt', type: 'bytea' })
  identitySalt!: Buffer;

  @Column({ name: 'retained_html', type: 'text', nullable: true })
  retainedHtml!: string | null;

  @Column({ name: 'decisions_html', type: 'text', nullable: true })
  decisionsHtml!: string | null;

  @Column({ name: 'conclusions_published_at', type: 'timestamptz', nullable: true })
  conclusionsPublishedAt!: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
