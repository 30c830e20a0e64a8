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

export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
