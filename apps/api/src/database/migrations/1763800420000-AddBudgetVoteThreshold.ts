import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A minimum number of votes per envelope, declared with the rules (and locked with them): a project
 * that gathers fewer votes is not funded, whatever money is left.
 */
export class AddBudgetVoteThreshold1763800420000 implements MigrationInterface {
  name = 'AddBudgetVoteThreshold1763800420000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE budgets ADD COLUMN min_votes integer CHECK (min_votes >= 1)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE budgets DROP COLUMN min_votes`);
  }
}
