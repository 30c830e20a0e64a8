import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Roles are held on a territory and apply to all of its descendants (an admin of the métropole manages
 * its communes), so one row per (account, role, territory) is enough: inheritance is resolved by walking
 * up the tree at check time rather than by copying rows down.
 */
export class CreateRoleAssignments1763800200000 implements MigrationInterface {
  name = 'CreateRoleAssignments1763800200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE role_assignments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('citizen', 'staff', 'official', 'admin')),
        territory_id uuid NOT NULL REFERENCES territories(id) ON DELETE CASCADE,
        granted_at timestamptz NOT NULL DEFAULT now(),
        granted_by uuid REFERENCES accounts(id) ON DELETE SET NULL,
        UNIQUE (account_id, role, territory_id)
      )`);
    // The unique index above serves lookups by account; admins list assignments by territory.
    await queryRunner.query(`CREATE INDEX role_assignments_territory_idx ON role_assignments (territory_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE role_assignments`);
  }
}
