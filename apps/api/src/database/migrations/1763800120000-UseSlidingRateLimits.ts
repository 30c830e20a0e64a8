import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fixed windows let 5 failed sign-ins at the end of one window and 5 more at the start of the next
 * through in a few seconds. A log of hits counted over the last N seconds says exactly "the 6th
 * failure within 10 minutes is refused". UNLOGGED: losing the log in a crash only resets limits.
 */
export class UseSlidingRateLimits1763800120000 implements MigrationInterface {
  name = 'UseSlidingRateLimits1763800120000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE rate_limit_counters`);
    await queryRunner.query(`
      CREATE UNLOGGED TABLE rate_limit_hits (
        rule text NOT NULL,
        -- SHA-256 of the subject (an IP address, an e-mail, an account id): no personal data in clear.
        subject_hash bytea NOT NULL,
        at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX rate_limit_hits_subject_idx ON rate_limit_hits (rule, subject_hash, at)`,
    );
    await queryRunner.query(`CREATE INDEX rate_limit_hits_expires_idx ON rate_limit_hits (expires_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE rate_limit_hits`);
    await queryRunner.query(`
      CREATE UNLOGGED TABLE rate_limit_counters (
        rule text NOT NULL,
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
}
