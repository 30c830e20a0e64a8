import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fixed-window counters shared by every API process. UNLOGGED: counters are worth losing after a
 * crash (a window lasts minutes) in exchange for no write-ahead log on every sign-in attempt.
 */
export class CreateRateLimitCounters1763800110000 implements MigrationInterface {
  name = 'CreateRateLimitCounters1763800110000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE UNLOGGED TABLE rate_limit_counters (
        rule text NOT NULL,
        -- SHA-256 of the subject (an IP address, an e-mail, an account id): no personal data in clear.
        subject_hash bytea NOT NULL,
        window_start timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        hits integer NOT NULL DEFAULT 0,
        PRIMARY KEY (rule, subject_hash, window_start)
      )`);
    await queryRunner.query(
      `CREATE INDEX rate_limit_counters_expires_idx ON rate_limit_counters (expires_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE rate_limit_counters`);
  }
}
