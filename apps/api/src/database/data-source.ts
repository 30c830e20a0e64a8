import { DataSource, DataSourceOptions } from 'typeorm';

import { migrations } from './migrations';

/** The one DataSource definition used by the app, the migration runner and the tests. */
export function dataSourceOptions(url: string, entities: DataSourceOptions['entities'] = []): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    // Schema changes go through migrations only, everywhere.
    synchronize: false,
    migrationsRun: false,
    extra: { max: 20, application_name: 'agora-api' },
  };
}

/** Any constant shared by every process: whoever holds this advisory lock migrates, the others wait. */
export const MIGRATION_LOCK = 7_411_020_601;

/**
 * Applies pending migrations. Several API processes starting together against one database (a
 * rolling deploy, `npm run cluster`) serialise on a session advisory lock: the first migrates, the
 * others wait, then find nothing left to apply.
 */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource({ ...dataSourceOptions(url), extra: { max: 2, application_name: 'agora-migrate' } });
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((migration) => migration.name);
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    }
  } finally {
    await lock.release();
    await dataSource.destroy();
  }
}
