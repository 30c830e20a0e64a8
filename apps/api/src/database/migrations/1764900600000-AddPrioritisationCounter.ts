import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counter (guichet) rankings for residents without internet. As in the budgets' register, a counter
 * entry keeps the channel and the staff member, and the salted hash of the person's name and birth
 * date when they have no account, so one person ranks once whichever channel came first: the unique
 * keys (account, or identity hash) refuse the second entry, and with it the second ballot.
 */
export class AddPrioritisationCounter1764900600000 implements MigrationInterface {
  name = 'AddPrioritisationCounter1764900600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE prioritisation_participations
        ADD COLUMN identity_hash bytea,
        ADD COLUMN channel text NOT NULL DEFAULT 'online' CHECK (channel IN ('online', 'counter')),
        ADD COLUMN staff_id uuid REFERENCES accounts(id) ON DELETE SET NULL`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX prioritisation_participations_identity_key ON prioritisation_participations (prioritisation_id, identity_hash)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX prioritisation_participations_identity_key`);
    await queryRunner.query(`ALTER TABLE prioritisation_participations DROP COLUMN staff_id, DROP COLUMN channel, DROP COLUMN identity_hash`);
  }
}
