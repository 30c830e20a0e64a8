import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Prioritisations (issue 6): residents of a quartier rank its works or spread 100 points over them.
 * As for budgets, the register (who took part, which day) and the box (what they chose, under a
 * random id, with no person, no time, no order) share no key and no timestamp.
 */
export class CreatePrioritisations1763800610000 implements MigrationInterface {
  name = 'CreatePrioritisations1763800610000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE prioritisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        process_id uuid NOT NULL UNIQUE REFERENCES processes(id) ON DELETE CASCADE,
        quartier_id uuid NOT NULL REFERENCES territories(id) ON DELETE RESTRICT,
        mode text NOT NULL CHECK (mode IN ('ranking', 'points')),
        ranking_rule text CHECK (ranking_rule IN ('borda', 'schulze')),
        locked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT prioritisations_rule CHECK ((mode = 'ranking') = (ranking_rule IS NOT NULL))
      )`);
    await queryRunner.query(`
      CREATE TABLE prioritisation_works (
        prioritisation_id uuid NOT NULL REFERENCES prioritisations(id) ON DELETE CASCADE,
        work_id uuid NOT NULL REFERENCES works(id) ON DELETE RESTRICT,
        position integer NOT NULL,
        PRIMARY KEY (prioritisation_id, work_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE prioritisation_participations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        prioritisation_id uuid NOT NULL REFERENCES prioritisations(id) ON DELETE CASCADE,
        account_id uuid REFERENCES accounts(id) ON DELETE SET NULL,
        -- The day only: an exact time could be matched against the order of the ballots.
        voted_on date NOT NULL DEFAULT current_date
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX prioritisation_participations_key ON prioritisation_participations (prioritisation_id, account_id)`);
    await queryRunner.query(`
      CREATE TABLE prioritisation_ballots (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        prioritisation_id uuid NOT NULL REFERENCES prioritisations(id) ON DELETE CASCADE,
        -- { ranking: [workId, …] } (first first) or { points: { workId: n } }.
        content jsonb NOT NULL,
        receipt_hash bytea NOT NULL UNIQUE
      )`);
    await queryRunner.query(`CREATE INDEX prioritisation_ballots_idx ON prioritisation_ballots (prioritisation_id)`);
    await queryRunner.query(`
      CREATE TABLE prioritisation_results (
        prioritisation_id uuid PRIMARY KEY REFERENCES prioritisations(id) ON DELETE CASCADE,
        ballot_count integer NOT NULL,
        outcome jsonb NOT NULL,
        counted_at timestamptz NOT NULL DEFAULT now(),
        counted_by uuid REFERENCES accounts(id) ON DELETE SET NULL,
        published_at timestamptz,
        published_by uuid REFERENCES accounts(id) ON DELETE SET NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE prioritisation_files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        prioritisation_id uuid NOT NULL REFERENCES prioritisations(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('ballots-pabulib', 'results-csv')),
        filename text NOT NULL,
        media_type text NOT NULL,
        content bytea NOT NULL,
        sha256 text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE prioritisation_files`);
    await queryRunner.query(`DROP TABLE prioritisation_results`);
    await queryRunner.query(`DROP TABLE prioritisation_ballots`);
    await queryRunner.query(`DROP TABLE prioritisation_participations`);
    await queryRunner.query(`DROP TABLE prioritisation_works`);
    await queryRunner.query(`DROP TABLE prioritisations`);
  }
}
