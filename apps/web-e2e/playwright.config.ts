import { defineConfig } from '@playwright/test';

const port = Number(process.env['E2E_PORT'] ?? 3100);
const dataDir = process.env['E2E_DATA_DIR'] ?? '/tmp/agora-e2e';

/**
 * Browser journeys against the production build (dist/), served by the real API on a fresh embedded
 * PostgreSQL with the demo data. Debian's Chromium, headless; no browser download.
 */
export default defineConfig({
  testDir: './src',
  testMatch: '**/*.e2e.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'fr-FR',
    trace: 'retain-on-failure',
    // A click or fill that cannot happen fails within this, instead of waiting out a journey's whole timeout.
    actionTimeout: 30_000,
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `rm -rf ${dataDir} && node dist/apps/api/main.js`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: {
      PORT: String(port),
      AGORA_DATA_DIR: dataDir,
      AGORA_DEMO: 'true',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      // The journeys check what rendered pages show; a busy CI machine must not turn rendering off
      // (shedding under load is covered by web-assets.middleware.spec.ts and bench:vote-opening).
      AGORA_RENDER_BUSY_PERCENT: '100',
    },
  },
});
