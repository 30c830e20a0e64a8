import 'reflect-metadata';

import { ConfigError, loadConfig } from '../../apps/api/src/config/app.config';
import { runMigrations } from '../../apps/api/src/database/data-source';

// `node dist/apps/api/migrate.js` (or `npm run migration:run`): applies pending migrations once,
// before any API process starts (Kubernetes init container, Helm hook, or `docker run … migrate`).
// Safe when several run at once: runMigrations serialises them on a PostgreSQL advisory lock.
async function migrate(): Promise<void> {
  const config = loadConfig();
  if (!config.databaseUrl) throw new ConfigError('DATABASE_URL est requis / is required');
  const applied = await runMigrations(config.databaseUrl);
  console.log(
    applied.length ? `Migrations appliquées / applied: ${applied.join(', ')}` : 'Schéma à jour / schema up to date',
  );
}

migrate().catch((error: unknown) => {
  console.error(
    error instanceof ConfigError ? `Configuration invalide / invalid configuration: ${error.message}` : error,
  );
  process.exit(1);
});
