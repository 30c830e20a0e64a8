import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import type { LegalInfo, TerritoryBoundary, TerritoryKind } from '@agora/contracts';

/** A node of the territory tree (métropole → communes → quartiers). */
@Entity({ name: 'territories' })
export class TerritoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  kind!: TerritoryKind;

  @Column({ name: 'insee_code', type: 'text', nullable: true })
  inseeCode!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  boundary!: TerritoryBoundary | null;

  // Kept in step with `boundary` (see boundaryColumns) so that SQL can prefilter point lookups.
  @Column({ name: 'bbox_min_lng', type: 'double precision', nullable: true })
  bboxMinLng!: number | null;

  @Column({ name: 'bbox_min_lat', type: 'double precision', nullable: true })
  bboxMinLat!: number | null;

  @Column({ name: 'bbox_max_lng', type: 'double precision', nullable: true })
  bboxMaxLng!: number | null;

  @Column({ name: 'bbox_max_lat', type: 'double precision', nullable: true })
  bboxMaxLat!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  legal!: LegalInfo | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
