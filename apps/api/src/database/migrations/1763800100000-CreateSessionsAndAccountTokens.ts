import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Server-side sessions and the single-use tokens sent by e-mail. Only SHA-256 digests of the secrets
 * are stored, so a leaked table (or backup) opens no session and confirms no e-mail.
 */
export class CreateSessionsAndAccountTokens1763800100000 implements MigrationInterface {
  name = 'CreateSessionsAndAccountTokens1763800100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
        -- Shown back to the person in the export, so they can recognise their devices.
        user_agent text CHECK (length(user_agent) <= 300),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX sessions_account_idx ON sessions (account_id)`);
    await queryRunner.query(`CREATE INDEX sessions_expires_idx ON sessions (expires_at)`);

    await queryRunner.query(`
      CREATE TABLE account_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('verify_email', 'reset_password', 'change_email')),
        token_hash bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
        -- The address being confirmed, for an e-mail change only.
        new_email text,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CHECK ((purpose = 'change_email') = (new_email IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX account_tokens_account_idx ON account_tokens (account_id, purpose)`,
    );
    await queryRunner.query(`CREATE INDEX account_tokens_expires_idx ON account_tokens (expires_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE account_tokens`);
    await queryRunner.query(`DROP TABLE sessions`);
  }
}
