import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log: who did what, when, on which object, with the state before and after. The database
 * itself refuses to change or remove an entry, whatever role the application connects with (a
 * superuser or the table owner bypasses GRANTs, not triggers), so a bug or a compromised process can
 * add entries but never rewrite history.
 */
export class CreateAuditEntries1763800210000 implements MigrationInterface {
  name = 'CreateAuditEntries1763800210000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // No foreign keys: an ON DELETE action would have to UPDATE or DELETE entries, which the triggers
    // refuse, and the log must outlive the objects and accounts it mentions.
    await queryRunner.query(`
      CREATE TABLE audit_entries (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        action text NOT NULL CHECK (length(action) BETWEEN 1 AND 100),
        object_type text NOT NULL CHECK (length(object_type) BETWEEN 1 AND 100),
        object_id text CHECK (length(object_id) <= 200),
        territory_id uuid,
        before jsonb,
        after jsonb
      )`);
    await queryRunner.query(
      `CREATE INDEX audit_entries_territory_idx ON audit_entries (territory_id, id DESC)`,
    );
    await queryRunner.query(`CREATE INDEX audit_entries_actor_idx ON audit_entries (actor_id)`);
    await queryRunner.query(`
      CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entries is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_entries_no_update_delete BEFORE UPDATE OR DELETE ON audit_entries
      FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
      FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only()`);
    // Belt and braces for deployments where the application uses a role of its own.
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_entries FROM PUBLIC`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_entries`);
    await queryRunner.query(`DROP FUNCTION audit_entries_append_only()`);
  }
}
