import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What is known of a voter's age for one process, so that a minimum age can be enforced without
 * keeping birth dates: only the day the person reaches the process's minimum age, and for someone
 * already old enough when it was recorded, that day of recording ("old enough as of X"), which says
 * nothing more about them. Tied to the account, never to the ballot box.
 */
export class CreateVoterAgeFacts1764901000000 implements MigrationInterface {
  name = 'CreateVoterAgeFacts1764901000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE voter_age_facts (
        process_id uuid NOT NULL REFERENCES processes(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        source text NOT NULL CHECK (source IN ('census', 'declared')),
        minimum_age int NOT NULL CHECK (minimum_age BETWEEN 0 AND 120),
        reached_on date NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (process_id, account_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE voter_age_facts`);
  }
}
