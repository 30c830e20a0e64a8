import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import type { BallotKind, CountingRule, TieBreakRule } from '@agora/contracts';

/** bigint columns come back from pg as strings; amounts stay far below 2^53 cents (checked on input). */
const cents = { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

/** An envelope (enveloppe): the amount one ballot is about, for the whole city or one quartier, and its rules. */
@Entity({ name: 'budgets' })
export class BudgetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'process_id', type: 'uuid' })
  processId!: string;

  @Column({ name: 'territory_id', type: 'uuid' })
  territoryId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'int', default: 0 })
  position!: number;

  @Column({ name: 'amount_cents', type: 'bigint', transformer: cents })
  amountCents!: number;

  @Column({ name: 'ballot_kind', type: 'text' })
  ballotKind!: BallotKind;

  @Column({ name: 'min_spend_cents', type: 'bigint', nullable: true, transformer: cents })
  minSpendCents!: number | null;

  @Column({ name: 'min_projects', type: 'int', nullable: true })
  minProjects!: number | null;

  @Column({ name: 'max_projects', type: 'int', nullable: true })
  maxProjects!: number | null;

  @Column({ type: 'int', nullable: true })
  points!: number | null;

  @Column({ name: 'max_points_per_project', type: 'int', nullable: true })
  maxPointsPerProject!: number | null;

  /** Minimum votes a project needs to be funded; null = no threshold. */
  @Column({ name: 'min_votes', type: 'int', nullable: true })
  minVotes!: number | null;

  @Column({ name: 'counting_rule', type: 'text' })
  countingRule!: CountingRule;

  @Column({ name: 'tie_break', type: 'text', default: 'default' })
  tieBreak!: TieBreakRule;

  @Column({ name: 'locked_at', type: 'timestamptz', nullable: true })
  lockedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
