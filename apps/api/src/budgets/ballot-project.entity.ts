import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

const cents = { to: (value: number) => value, from: (value: string) => Number(value) };

/** A project on the ballot paper (projet soumis au vote), with its final cost. */
@Entity({ name: 'ballot_projects' })
export class BallotProjectEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'budget_id', type: 'uuid' })
  budgetId!: string;

  @Column({ name: 'proposal_id', type: 'uuid', nullable: true })
  proposalId!: string | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ name: 'cost_cents', type: 'bigint', transformer: cents })
  costCents!: number;

  @Column({ name: 'quartier_id', type: 'uuid', nullable: true })
  quartierId!: string | null;

  @Column({ type: 'double precision', nullable: true })
  lng!: number | null;

  @Column({ type: 'double precision', nullable: true })
  lat!: number | null;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Column({ type: 'text', nullable: true })
  category!: string | null;

  @Column({ name: 'image_path', type: 'text', nullable: true })
  imagePath!: string | null;

  @Column({ type: 'int', default: 0 })
  position!: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
