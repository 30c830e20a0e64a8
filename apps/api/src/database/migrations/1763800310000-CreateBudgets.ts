import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The budget participatif: envelopes with their ballot rules, the projects on the ballot, who may vote
 * (eligibility, census), and the two halves of the vote that must never meet:
 *  - `participations`, the register (liste d'émargement): who voted in which budget, how, on which day;
 *  - `ballots`, the box (urne): what was chosen, under a random id, with no person, no time, no order.
 * They share no key but the budget, and no foreign key links a ballot to a person.
 */
export class CreateBudgets1763800310000 implements MigrationInterface {
  name = 'CreateBudgets1763800310000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE budgets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        process_id uuid NOT NULL REFERENCES processes(id) ON DELETE CASCADE,
        -- The process's territory for a city-wide envelope, or one of its quartiers.
        territory_id uuid NOT NULL REFERENCES territories(id) ON DELETE RESTRICT,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        position int NOT NULL DEFAULT 0,
        amount_cents bigint NOT NULL CHECK (amount_cents > 0),
        ballot_kind text NOT NULL CHECK (ballot_kind IN ('knapsack', 'approval', 'cumulative', 'ranked')),
        min_spend_cents bigint CHECK (min_spend_cents >= 0),
        min_projects int CHECK (min_projects >= 0),
        max_projects int CHECK (max_projects >= 1),
        points int CHECK (points >= 1),
        max_points_per_project int CHECK (max_points_per_project >= 1),
        counting_rule text NOT NULL CHECK (counting_rule IN ('greedy', 'mes')),
        tie_break text NOT NULL DEFAULT 'default' CHECK (tie_break IN ('default', 'id')),
        -- Set by the first ballot cast: from then on the rules above cannot change.
        locked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX budgets_process_idx ON budgets (process_id)`);

    await queryRunner.query(`
      CREATE TABLE ballot_projects (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        budget_id uuid NOT NULL REFERENCES budgets(id) ON DELETE CASCADE,
        -- The resident proposal it comes from; the foreign key is added once the proposals table exists.
        proposal_id uuid,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '',
        cost_cents bigint NOT NULL CHECK (cost_cents >= 0),
        quartier_id uuid REFERENCES territories(id) ON DELETE SET NULL,
        lng double precision CHECK (lng BETWEEN -180 AND 180),
        lat double precision CHECK (lat BETWEEN -90 AND 90),
        -- The accessible alternative to the map point: an address, or "no precise place".
        address text,
        category text,
        image_path text,
        position int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((lng IS NULL) = (lat IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX ballot_projects_budget_idx ON ballot_projects (budget_id)`);

    await queryRunner.query(`
      CREATE TABLE process_eligibility (
        process_id uuid PRIMARY KEY REFERENCES processes(id) ON DELETE CASCADE,
        minimum_age int CHECK (minimum_age BETWEEN 0 AND 120),
        residence text NOT NULL DEFAULT 'territory' CHECK (residence IN ('territory', 'census')),
        verifications text[] NOT NULL DEFAULT '{email,in_person}'
          CHECK (verifications <@ ARRAY['email', 'census', 'in_person']::text[] AND cardinality(verifications) > 0),
        -- Salt of the census and identity hashes; random per process so hashes of two processes cannot be joined.
        salt bytea NOT NULL CHECK (length(salt) = 32),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    // Only salted hashes of the identifying fields (names, birth date): the list itself is never stored.
    await queryRunner.query(`
      CREATE TABLE census_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        process_id uuid NOT NULL REFERENCES processes(id) ON DELETE CASCADE,
        identity_hash bytea NOT NULL,
        quartier_id uuid REFERENCES territories(id) ON DELETE SET NULL,
        matched_by uuid REFERENCES accounts(id) ON DELETE SET NULL,
        matched_on date,
        UNIQUE (process_id, identity_hash)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX census_entries_matched_key ON census_entries (process_id, matched_by) WHERE matched_by IS NOT NULL`);

    await queryRunner.query(`
      CREATE TABLE participations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        process_id uuid NOT NULL REFERENCES processes(id) ON DELETE CASCADE,
        budget_id uuid NOT NULL REFERENCES budgets(id) ON DELETE CASCADE,
        account_id uuid REFERENCES accounts(id) ON DELETE RESTRICT,
        -- Salted hash of name + birth date when the person was identified by the census or in person, so
        -- that an online vote and a paper vote of the same person collide.
        identity_hash bytea,
        channel text NOT NULL CHECK (channel IN ('online', 'counter', 'paper')),
        staff_id uuid REFERENCES accounts(id) ON DELETE SET NULL,
        quartier_id uuid REFERENCES territories(id) ON DELETE SET NULL,
        -- The day only: an exact time could be matched against the order of the ballots.
        voted_on date NOT NULL DEFAULT current_date,
        CHECK (account_id IS NOT NULL OR identity_hash IS NOT NULL),
        CHECK ((channel = 'online') = (staff_id IS NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX participations_account_key ON participations (budget_id, account_id)`);
    await queryRunner.query(`CREATE UNIQUE INDEX participations_identity_key ON participations (budget_id, identity_hash)`);
    await queryRunner.query(`CREATE INDEX participations_process_idx ON participations (process_id, voted_on)`);

    await queryRunner.query(`
      CREATE TABLE ballots (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        budget_id uuid NOT NULL REFERENCES budgets(id) ON DELETE CASCADE,
        -- { projectIds: [...], points?: [...] } in the order given (the ranking for ranked ballots).
        content jsonb NOT NULL,
        -- SHA-256 of the receipt code given to the voter; the code itself is never stored.
        receipt_hash bytea NOT NULL UNIQUE
      )`);
    await queryRunner.query(`CREATE INDEX ballots_budget_idx ON ballots (budget_id)`);

    await queryRunner.query(`
      CREATE TABLE budget_results (
        budget_id uuid PRIMARY KEY REFERENCES budgets(id) ON DELETE CASCADE,
        ballot_count int NOT NULL,
        outcome jsonb NOT NULL,
        -- What the greedy rule would have funded, shown next to a Method of Equal Shares outcome.
        greedy_outcome jsonb,
        counted_at timestamptz NOT NULL DEFAULT now(),
        counted_by uuid REFERENCES accounts(id) ON DELETE SET NULL
      )`);

    await queryRunner.query(`
      CREATE TABLE result_publications (
        process_id uuid PRIMARY KEY REFERENCES processes(id) ON DELETE CASCADE,
        published_at timestamptz NOT NULL DEFAULT now(),
        published_by uuid REFERENCES accounts(id) ON DELETE SET NULL
      )`);

    await queryRunner.query(`
      CREATE TABLE open_data_files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        process_id uuid NOT NULL REFERENCES processes(id) ON DELETE CASCADE,
        budget_id uuid REFERENCES budgets(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('pabulib', 'projects-csv', 'results-csv')),
        filename text NOT NULL,
        media_type text NOT NULL,
        content bytea NOT NULL,
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (process_id, filename)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'open_data_files',
      'result_publications',
      'budget_results',
      'ballots',
      'participations',
      'census_entries',
      'process_eligibility',
      'ballot_projects',
      'budgets',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
