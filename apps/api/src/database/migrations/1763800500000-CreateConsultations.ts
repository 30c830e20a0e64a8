import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consultations (issue 5). As for votes, who answered and what was answered live apart:
 *  - `consultation_participations`, the register: who answered which consultation, how, on which day,
 *    and whether they want to hear about the conclusions;
 *  - `consultation_responses`, the answers: a random id, the answers and the quartier (for the
 *    results filters), the day only; no key, foreign key or exact time links it to a register line.
 *  - `consultation_response_authors`, for identified consultations only: which account gave which
 *    response. Anonymous consultations never write there, and the answers table has no account column.
 */
export class CreateConsultations1763800500000 implements MigrationInterface {
  name = 'CreateConsultations1763800500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE consultations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        territory_id uuid NOT NULL REFERENCES territories(id) ON DELETE RESTRICT,
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        summary text NOT NULL DEFAULT '',
        -- Sanitised rich text.
        context_html text NOT NULL DEFAULT '',
        images jsonb NOT NULL DEFAULT '[]',
        documents jsonb NOT NULL DEFAULT '[]',
        opens_at timestamptz,
        closes_at timestamptz,
        audience text NOT NULL CHECK (audience IN ('everyone', 'quartiers', 'verified')),
        quartier_ids uuid[] NOT NULL DEFAULT '{}',
        anonymous boolean NOT NULL,
        results_visibility text NOT NULL CHECK (results_visibility IN ('live', 'staff', 'after_close')),
        one_per_screen boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'closed')),
        definition jsonb NOT NULL,
        definition_version int NOT NULL DEFAULT 1,
        -- Set by the first answer: from then on only the wording of the questions may change.
        locked_at timestamptz,
        -- Salt of the counter identity hashes (name + birth date), so two consultations' hashes cannot be joined.
        identity_salt bytea NOT NULL,
        retained_html text,
        decisions_html text,
        conclusions_published_at timestamptz,
        published_at timestamptz,
        closed_at timestamptz,
        created_by uuid REFERENCES accounts(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (closes_at IS NULL OR opens_at IS NULL OR closes_at > opens_at)
      )`);
    await queryRunner.query(
      `CREATE INDEX consultations_territory_idx ON consultations (territory_id, status)`,
    );

    await queryRunner.query(`
      CREATE TABLE consultation_drafts (
        consultation_id uuid NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        answers jsonb NOT NULL,
        saved_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consultation_id, account_id)
      )`);

    await queryRunner.query(`
      CREATE TABLE consultation_participations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consultation_id uuid NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
        account_id uuid REFERENCES accounts(id) ON DELETE RESTRICT,
        -- Salted hash of name + birth date for a resident without an account, entered at the counter.
        identity_hash bytea,
        channel text NOT NULL CHECK (channel IN ('online', 'counter')),
        staff_id uuid REFERENCES accounts(id) ON DELETE SET NULL,
        -- Consent to be e-mailed the conclusions: kept here, never with the answers.
        notify boolean NOT NULL DEFAULT false,
        notified_at timestamptz,
        -- The day only.
        answered_on date NOT NULL DEFAULT current_date,
        CHECK (account_id IS NOT NULL OR identity_hash IS NOT NULL),
        CHECK ((channel = 'online') = (staff_id IS NULL))
      )`);
    // One answer per person, whatever the channel.
    await queryRunner.query(
      `CREATE UNIQUE INDEX consultation_participations_account_key ON consultation_participations (consultation_id, account_id)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX consultation_participations_identity_key ON consultation_participations (consultation_id, identity_hash)`,
    );

    await queryRunner.query(`
      CREATE TABLE consultation_responses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consultation_id uuid NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
        answers jsonb NOT NULL,
        -- The respondent's quartier, for the results filters (null when unknown).
        quartier_id uuid REFERENCES territories(id) ON DELETE SET NULL,
        definition_version int NOT NULL,
        -- The day only: an exact time could be matched against the register.
        submitted_on date NOT NULL DEFAULT current_date
      )`);
    await queryRunner.query(
      `CREATE INDEX consultation_responses_consultation_idx ON consultation_responses (consultation_id, quartier_id)`,
    );

    // Identified consultations only: who gave a response. Anonymous ones never write here.
    await queryRunner.query(`
      CREATE TABLE consultation_response_authors (
        response_id uuid PRIMARY KEY REFERENCES consultation_responses(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE
      )`);

    await queryRunner.query(`
      CREATE TABLE consultation_hidden_texts (
        consultation_id uuid NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
        -- textAnswerId(responseId, questionId) of @agora/consultation-rules.
        text_id text NOT NULL,
        question_id text NOT NULL,
        reason text NOT NULL DEFAULT '',
        hidden_by uuid REFERENCES accounts(id) ON DELETE SET NULL,
        hidden_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consultation_id, text_id)
      )`);

    await queryRunner.query(`
      CREATE TABLE consultation_open_data (
        consultation_id uuid NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('answers-csv', 'answers-xlsx', 'results-json')),
        filename text NOT NULL,
        storage_key text NOT NULL,
        sha256 text NOT NULL,
        bytes int NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consultation_id, kind)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'consultation_open_data',
      'consultation_hidden_texts',
      'consultation_response_authors',
      'consultation_responses',
      'consultation_participations',
      'consultation_drafts',
      'consultations',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
