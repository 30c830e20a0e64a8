import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The generic "démarche participative": a budget participatif today, an idea box or a prioritisation
 * later (issue 6). Proposals, budgets and consultations hang off this table.
 */
export class CreateProcesses1763800300000 implements MigrationInterface {
  name = 'CreateProcesses1763800300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE processes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        territory_id uuid NOT NULL REFERENCES territories(id) ON DELETE RESTRICT,
        kind text NOT NULL CHECK (kind IN ('budget', 'ideas', 'prioritisation')),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        summary text NOT NULL DEFAULT '' CHECK (length(summary) <= 1000),
        -- Stored already sanitised (allow-list) so that every reader can render it as is.
        description_html text NOT NULL DEFAULT '',
        image_path text,
        phase text NOT NULL DEFAULT 'draft'
          CHECK (phase IN ('draft', 'proposals', 'assessment', 'vote', 'results', 'follow_up', 'closed')),
        created_by uuid REFERENCES accounts(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX processes_territory_idx ON processes (territory_id)`);

    // One row per scheduled phase: the scheduler moves a process into the phase whose window has opened.
    await queryRunner.query(`
      CREATE TABLE process_phases (
        process_id uuid NOT NULL REFERENCES processes(id) ON DELETE CASCADE,
        phase text NOT NULL
          CHECK (phase IN ('proposals', 'assessment', 'vote', 'results', 'follow_up', 'closed')),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz,
        PRIMARY KEY (process_id, phase),
        CHECK (ends_at IS NULL OR ends_at > starts_at)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE process_phases`);
    await queryRunner.query(`DROP TABLE processes`);
  }
}
