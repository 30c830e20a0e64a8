import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Neighbourhood works (issue 6): the works of a quartier or commune with their status, progress and
 * place; their dated timeline with photos; who follows them and the notifications waiting for the
 * daily digest. Works come from the city's plans, from funded budget projects or from ideas.
 */
export class CreateWorks1763800600000 implements MigrationInterface {
  name = 'CreateWorks1763800600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE works (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        territory_id uuid NOT NULL REFERENCES territories(id) ON DELETE RESTRICT,
        -- The commune above the territory (or the territory itself): filters and live topics use it.
        commune_id uuid NOT NULL REFERENCES territories(id) ON DELETE RESTRICT,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '',
        category text NOT NULL,
        status text NOT NULL DEFAULT 'a_l_etude'
          CHECK (status IN ('a_l_etude', 'programme', 'en_travaux', 'termine', 'abandonne')),
        status_reason text,
        progress smallint NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        estimated_cost_cents bigint CHECK (estimated_cost_cents >= 0),
        estimated_duration_days integer CHECK (estimated_duration_days > 0),
        place jsonb,
        planned_start_on date,
        planned_end_on date,
        actual_start_on date,
        actual_end_on date,
        budget_line text,
        amount_spent_cents bigint CHECK (amount_spent_cents >= 0),
        parent_id uuid REFERENCES works(id) ON DELETE SET NULL,
        source text NOT NULL DEFAULT 'planned' CHECK (source IN ('planned', 'budget_project', 'idea')),
        source_proposal_id uuid REFERENCES proposals(id) ON DELETE SET NULL,
        source_ballot_project_id uuid REFERENCES ballot_projects(id) ON DELETE SET NULL,
        source_process_id uuid REFERENCES processes(id) ON DELETE SET NULL,
        created_by uuid REFERENCES accounts(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT works_abandon_reason CHECK (status <> 'abandonne' OR status_reason IS NOT NULL),
        CONSTRAINT works_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
      )`);
    await queryRunner.query(`CREATE INDEX works_commune_idx ON works (commune_id, status, category)`);
    await queryRunner.query(`CREATE INDEX works_territory_idx ON works (territory_id)`);
    await queryRunner.query(`CREATE INDEX works_parent_idx ON works (parent_id) WHERE parent_id IS NOT NULL`);
    // A funded project becomes one work, an idea one work, whatever the retries.
    await queryRunner.query(`CREATE UNIQUE INDEX works_ballot_project_key ON works (source_ballot_project_id) WHERE source_ballot_project_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX works_idea_key ON works (source_proposal_id) WHERE source = 'idea'`);

    await queryRunner.query(`
      CREATE TABLE work_timeline_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        work_id uuid NOT NULL REFERENCES works(id) ON DELETE CASCADE,
        occurred_on date NOT NULL DEFAULT current_date,
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
        status text,
        progress smallint CHECK (progress BETWEEN 0 AND 100),
        created_by uuid REFERENCES accounts(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX work_timeline_work_idx ON work_timeline_entries (work_id, occurred_on DESC, created_at DESC)`);

    await queryRunner.query(`
      CREATE TABLE work_photos (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        entry_id uuid NOT NULL REFERENCES work_timeline_entries(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('before', 'after', 'during')),
        alt text NOT NULL,
        storage_key text NOT NULL UNIQUE,
        content_type text NOT NULL,
        size_bytes integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX work_photos_entry_idx ON work_photos (entry_id)`);

    // following = false keeps an explicit "unfollow": an automatic follow never adds it back.
    await queryRunner.query(`
      CREATE TABLE work_follows (
        work_id uuid NOT NULL REFERENCES works(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        following boolean NOT NULL DEFAULT true,
        automatic boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (work_id, account_id)
      )`);
    await queryRunner.query(`CREATE INDEX work_follows_account_idx ON work_follows (account_id)`);
    // The key that signs the one-click unsubscribe links, made by the API on first use (one row).
    await queryRunner.query(`
      CREATE TABLE work_mail_keys (
        id smallint PRIMARY KEY CHECK (id = 1),
        key bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE work_follow_preferences (
        account_id uuid PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
        auto_follow_funded boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One row per follower and timeline entry: sent at once (first of the day) or by the daily digest.
    await queryRunner.query(`
      CREATE TABLE work_notifications (
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        entry_id uuid NOT NULL REFERENCES work_timeline_entries(id) ON DELETE CASCADE,
        day date NOT NULL,
        sent_at timestamptz,
        PRIMARY KEY (account_id, entry_id)
      )`);
    await queryRunner.query(`CREATE INDEX work_notifications_pending_idx ON work_notifications (day) WHERE sent_at IS NULL`);
    await queryRunner.query(`CREATE INDEX work_notifications_account_day_idx ON work_notifications (account_id, day)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE work_notifications`);
    await queryRunner.query(`DROP TABLE work_follow_preferences`);
    await queryRunner.query(`DROP TABLE work_mail_keys`);
    await queryRunner.query(`DROP TABLE work_follows`);
    await queryRunner.query(`DROP TABLE work_photos`);
    await queryRunner.query(`DROP TABLE work_timeline_entries`);
    await queryRunner.query(`DROP TABLE works`);
  }
}
