// `npm start`: build what changed (Nx caches the rest), then run the API, which also serves the web app,
// in this same process. PORT, DATABASE_URL and the other settings come from the environment (README).
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);

if (!process.env.AGORA_SKIP_BUILD) {
  console.log('Construction de l’API et de l’application web / building the API and the web app…');
  execFileSync(process.execPath, [resolve(root, 'node_modules/nx/bin/nx.js'), 'run-many', '-t', 'build', '--projects=api,web', '--outputStyle=static'], {
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
}

createRequire(import.meta.url)(resolve(root, 'dist/apps/api/main.js'));
