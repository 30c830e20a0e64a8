import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The foreign key that CreateBudgets left for later (ballot_projects came before proposals): a ballot
 * project remembers the resident proposal it comes from. SET NULL keeps the ballot project, which
 * may already hold votes, if the proposal row ever goes.
 */
export class LinkBallotProjectsToProposals1763800410000 implements MigrationInterface {
  name = 'LinkBallotProjectsToProposals1763800410000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE ballot_projects ADD CONSTRAINT ballot_projects_proposal_fk
         FOREIGN KEY (proposal_id) REFERENCES proposals(id) ON DELETE SET NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX ballot_projects_proposal_idx ON ballot_projects (proposal_id) WHERE proposal_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ballot_projects_proposal_idx`);
    await queryRunner.query(`ALTER TABLE ballot_projects DROP CONSTRAINT ballot_projects_proposal_fk`);
  }
}
