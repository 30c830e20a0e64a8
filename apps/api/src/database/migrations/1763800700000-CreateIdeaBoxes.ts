import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idea boxes (issue 6): the theme and categories of a process of kind `ideas`, and what an idea
 * became (a budget project or a planned work). The ideas themselves are proposals.
 */
export class CreateIdeaBoxes1763800700000 implements MigrationInterface {
  name = 'CreateIdeaBoxes1763800700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE idea_boxes (
        process_id uuid PRIMARY KEY REFERENCES processes(id) ON DELETE CASCADE,
        theme text NOT NULL CHECK (length(theme) BETWEEN 1 AND 300),
        categories text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One conversion per idea. The target lives in another module (a proposal of a budget process, or
    // a work): no foreign key on target_id, so the modules stay apart.
    await queryRunner.query(`
      CREATE TABLE idea_conversions (
        proposal_id uuid PRIMARY KEY REFERENCES proposals(id) ON DELETE CASCADE,
        target text NOT NULL CHECK (target IN ('budgetProject', 'work')),
        target_id uuid NOT NULL,
        target_process_id uuid REFERENCES processes(id) ON DELETE SET NULL,
        title text NOT NULL,
        created_by uuid REFERENCES accounts(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX idea_conversions_target_idx ON idea_conversions (target, target_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE idea_conversions`);
    await queryRunner.query(`DROP TABLE idea_boxes`);
  }
}
