import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import type { RoleName } from '@agora/contracts';

/** A role held by an account on a territory, and therefore on all of the territory's descendants. */
@Entity({ name: 'role_assignments' })
export class RoleAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @Column({ type: 'text' })
  role!: RoleName;

  @Column({ name: 'territory_id', type: 'uuid' })
  territoryId!: string;

  @Column({ name: 'granted_at', type: 'timestamptz', default: () => 'now()' })
  grantedAt!: Date;

  @Column({ name: 'granted_by', type: 'uuid', nullable: true })
  grantedBy!: string | null;
}
