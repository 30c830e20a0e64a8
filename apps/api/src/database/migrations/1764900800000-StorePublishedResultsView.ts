import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public results page as it was published, written once in the publishing transaction: a
 * published result never changes, and reading it back is then one row instead of recounting the
 * register (a `count(DISTINCT …)` over every participation) and rebuilding every explanation on each
 * visit. Publications made before this migration have none and are still built on read.
 */
export class StorePublishedResultsView1764900800000 implements MigrationInterface {
  name = 'StorePublishedResultsView1764900800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE result_publications ADD COLUMN view jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE result_publications DROP COLUMN view`);
  }
}
