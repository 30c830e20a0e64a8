import { MigrationInterface, QueryRunner } from 'typeorm';

/** The two tables every domain hangs off: the territory tree and the people's accounts. */
export class CreateTerritoriesAndAccounts1763800000000 implements MigrationInterface {
  name = 'CreateTerritoriesAndAccounts1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE territories (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        parent_id uuid REFERENCES territories(id) ON DELETE RESTRICT,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        kind text NOT NULL CHECK (kind IN ('metropole', 'epci', 'commune', 'quartier')),
        insee_code text CHECK (insee_code ~ '^([0-9]{5}|2[AB][0-9]{3})$'),
        -- GeoJSON Polygon/MultiPolygon (WGS84), validated by the API; the bounding box speeds up point lookups.
        boundary jsonb,
        bbox_min_lng double precision,
        bbox_min_lat double precision,
        bbox_max_lng double precision,
        bbox_max_lat double precision,
        legal jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX territories_parent_idx ON territories (parent_id)`);
    await queryRunner.query(
      `CREATE INDEX territories_bbox_idx ON territories (bbox_min_lng, bbox_max_lng, bbox_min_lat, bbox_max_lat) WHERE boundary IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE accounts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- NULL once the account is deleted: the row stays so that contributions remain, anonymised.
        email text,
        password_hash text,
        display_name text,
        locale text NOT NULL DEFAULT 'fr' CHECK (locale IN ('fr', 'en')),
        email_verified_at timestamptz,
        home_territory_id uuid REFERENCES territories(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        CHECK ((deleted_at IS NULL) = (email IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX accounts_email_key ON accounts (lower(email)) WHERE email IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE accounts`);
    await queryRunner.query(`DROP TABLE territories`);
  }
}
