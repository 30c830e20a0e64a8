import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Proposals (budget projects, ideas, shop wishes) with their supports, threaded comments, reports and
 * images. One set of tables for budget processes and idea boxes alike (issue 6: one proposals module).
 */
export class CreateProposals1763800400000 implements MigrationInterface {
  name = 'CreateProposals1763800400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Both ship with the embedded server and are "trusted" extensions (a database owner may create them).
    // Duplicate detection folds accents ("velo" finds "vélo") and falls back on trigram similarity for typos.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // A text search configuration (rather than unaccent() in the expression) keeps to_tsvector
    // immutable, so it can feed a generated column and a GIN index.
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = pg_catalog.french)`);
    await queryRunner.query(
      `ALTER TEXT SEARCH CONFIGURATION french_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem`,
    );

    await queryRunner.query(`
      CREATE TABLE proposals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        process_id uuid NOT NULL REFERENCES processes(id) ON DELETE CASCADE,
        -- NULL once the author erased their account: the proposal stays, anonymous.
        author_id uuid REFERENCES accounts(id) ON DELETE SET NULL,
        -- A quartier of the process's territory, or the process's territory itself (city-wide).
        territory_id uuid NOT NULL REFERENCES territories(id) ON DELETE RESTRICT,
        kind text NOT NULL CHECK (kind IN ('project', 'idea', 'shop')),
        shop_type text,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 150),
        description text NOT NULL,
        description_format text NOT NULL DEFAULT 'text' CHECK (description_format IN ('text', 'html')),
        category text,
        estimated_cost_cents bigint CHECK (estimated_cost_cents >= 0),
        lat double precision,
        lng double precision,
        address text,
        status text NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft', 'published', 'withdrawn', 'merged', 'feasible', 'notFeasible', 'onBallot')),
        -- The assessment stays readable after a later change of status (a feasible proposal put on the ballot, merged…).
        feasible boolean,
        assessment_reason text,
        final_cost_cents bigint CHECK (final_cost_cents >= 0),
        assessed_at timestamptz,
        assessed_by uuid REFERENCES accounts(id) ON DELETE SET NULL,
        answer text CHECK (answer IN ('retained', 'studied', 'notRetained')),
        answer_reason text,
        answered_at timestamptz,
        answered_by uuid REFERENCES accounts(id) ON DELETE SET NULL,
        merged_into_id uuid REFERENCES proposals(id) ON DELETE RESTRICT,
        -- Owned by the budgets module (ballot_projects.proposal_id points back here); no FK to keep the modules apart.
        ballot_project_id uuid,
        hidden_at timestamptz,
        hidden_reason text,
        hidden_by uuid REFERENCES accounts(id) ON DELETE SET NULL,
        published_at timestamptz,
        withdrawn_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('french_unaccent', title), 'A') || setweight(to_tsvector('french_unaccent', description), 'B')
        ) STORED,
        CHECK ((kind = 'shop') = (shop_type IS NOT NULL)),
        CHECK ((lat IS NULL) = (lng IS NULL)),
        CHECK ((status = 'merged') = (merged_into_id IS NOT NULL)),
        CHECK (merged_into_id IS NULL OR merged_into_id <> id),
        CHECK ((hidden_at IS NULL) = (hidden_reason IS NULL)),
        CHECK ((feasible IS NULL) = (assessed_at IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX proposals_process_status_idx ON proposals (process_id, status)`);
    await queryRunner.query(`CREATE INDEX proposals_author_idx ON proposals (author_id)`);
    await queryRunner.query(
      `CREATE INDEX proposals_merged_into_idx ON proposals (merged_into_id) WHERE merged_into_id IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX proposals_search_idx ON proposals USING gin (search)`);

    // One support per person per proposal, whatever the number of clicks (ON CONFLICT DO NOTHING on this key).
    await queryRunner.query(`
      CREATE TABLE proposal_supports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
        account_id uuid REFERENCES accounts(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (proposal_id, account_id)
      )`);
    await queryRunner.query(`CREATE INDEX proposal_supports_account_idx ON proposal_supports (account_id)`);

    await queryRunner.query(`
      CREATE TABLE proposal_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
        parent_id uuid REFERENCES proposal_comments(id) ON DELETE CASCADE,
        depth smallint NOT NULL CHECK (depth BETWEEN 0 AND 2),
        author_id uuid REFERENCES accounts(id) ON DELETE SET NULL,
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
        hidden_at timestamptz,
        hidden_reason text,
        hidden_by uuid REFERENCES accounts(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((parent_id IS NULL) = (depth = 0)),
        CHECK ((hidden_at IS NULL) = (hidden_reason IS NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX proposal_comments_proposal_idx ON proposal_comments (proposal_id, created_at)`,
    );
    await queryRunner.query(`CREATE INDEX proposal_comments_author_idx ON proposal_comments (author_id)`);

    // A report is about a proposal or about a comment, never both; one per person per item.
    await queryRunner.query(`
      CREATE TABLE proposal_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid REFERENCES proposals(id) ON DELETE CASCADE,
        comment_id uuid REFERENCES proposal_comments(id) ON DELETE CASCADE,
        reporter_id uuid REFERENCES accounts(id) ON DELETE SET NULL,
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolved_by uuid REFERENCES accounts(id) ON DELETE SET NULL,
        CHECK ((proposal_id IS NULL) <> (comment_id IS NULL))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX proposal_reports_proposal_once_idx ON proposal_reports (reporter_id, proposal_id) WHERE proposal_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX proposal_reports_comment_once_idx ON proposal_reports (reporter_id, comment_id) WHERE comment_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX proposal_reports_open_idx ON proposal_reports (created_at) WHERE resolved_at IS NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE proposal_images (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
        storage_key text NOT NULL UNIQUE,
        content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
        size_bytes integer NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 5242880),
        alt text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX proposal_images_proposal_idx ON proposal_images (proposal_id, created_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE proposal_images`);
    await queryRunner.query(`DROP TABLE proposal_reports`);
    await queryRunner.query(`DROP TABLE proposal_comments`);
    await queryRunner.query(`DROP TABLE proposal_supports`);
    await queryRunner.query(`DROP TABLE proposals`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION french_unaccent`);
    // The extensions stay: other modules may have come to rely on them, and they hold no data.
  }
}
