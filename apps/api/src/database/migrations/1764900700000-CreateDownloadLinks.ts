import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files that hold personal data (a person's GDPR export, a consultation's answers) are only served
 * through a link that expires after a few minutes and works once. Only the SHA-256 of the link's
 * secret is stored, so the table is useless to whoever reads it; being in PostgreSQL, a link made by
 * one API process is redeemed by any other.
 */
export class CreateDownloadLinks1764900700000 implements MigrationInterface {
  name = 'CreateDownloadLinks1764900700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE download_links (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash bytea NOT NULL UNIQUE,
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        kind text NOT NULL,
        params jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CHECK (expires_at > created_at)
      )`);
    await queryRunner.query(`CREATE INDEX download_links_expires_at_idx ON download_links (expires_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE download_links`);
  }
}
