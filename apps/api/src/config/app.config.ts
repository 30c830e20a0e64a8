import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';

/** Settings read once from the environment at start-up; a bad value stops the start with a clear message. */
export interface AppConfig {
  port: number;
  /** Where the public reaches the platform (used in e-mail links), e.g. https://participez.ville.fr */
  publicUrl: string;
  production: boolean;
  databaseUrl: string | null;
  dataDir: string;
  /** Seed the demo métropole and its accounts (idempotent). */
  demo: boolean;
  smtpUrl: string | null;
  mailFrom: string;
  sessionTtlHours: number;
  /** Number of reverse-proxy hops to trust for the client IP (rate limits) and https detection. */
  trustProxy: number;
  webDistDir: string;
  logLevel: string;
  /** How often scheduled jobs (phase changes, digests) run; 0 turns them off (tests drive them by hand). */
  jobsIntervalSeconds: number;
  /** AGORA_COUNT_QUERIES: an X-Query-Count header on every response (benchmarks, tests; never in production). */
  countQueries: boolean;
  /**
   * AGORA_WORKERS: API processes on this machine sharing the port (Node's cluster module), each with
   * its own event loop; `auto` is one per CPU core. The API keeps no state of its own, so N workers
   * behave as N replicas behind a load balancer.
   */
  workers: number;
  /**
   * AGORA_TIME_ZONE: the territory's time zone (IANA name), in which server-rendered pages write dates
   * (passed to the web app's server bundle with each page to render).
   */
  timeZone: string;
  /**
   * AGORA_RENDER_BUSY_PERCENT: above this share of its time spent running code (event-loop
   * utilisation over the last half second), a process sends pages as the app's shell rather than
   * rendering them (issue 7: a render costs tens of milliseconds of CPU, which a vote opening needs for
   * the votes). 100 renders whatever the load.
   */
  renderBusyPercent: number;
}

export class ConfigError extends Error {}

function timeZone(env: NodeJS.ProcessEnv): string {
  const raw = env['AGORA_TIME_ZONE'] || 'Europe/Paris';
  try {
    return new Intl.DateTimeFormat('fr-FR', { timeZone: raw }).resolvedOptions().timeZone;
  } catch {
    throw new ConfigError(
      `AGORA_TIME_ZONE="${raw}" : un fuseau horaire IANA est attendu, par exemple Europe/Paris / an IANA time zone is expected, e.g. Europe/Paris`,
    );
  }
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name}="${raw}" : un entier entre ${min} et ${max} est attendu / an integer between ${min} and ${max} is expected`);
  }
  return value;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'oui'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'non'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name}="${raw}" : true ou false attendu / true or false expected`);
}

function url(env: NodeJS.ProcessEnv, name: string, protocols: string[]): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  try {
    const parsed = new URL(raw);
    if (!protocols.includes(parsed.protocol)) throw new Error(parsed.protocol);
    return raw;
  } catch {
    throw new ConfigError(`${name} n'est pas une URL valide (${protocols.join(', ')}) / is not a valid URL`);
  }
}

/** Counting queries patches the database driver and tells anyone how much work a request costs. */
function countQueries(env: NodeJS.ProcessEnv, production: boolean): boolean {
  const on = bool(env, 'AGORA_COUNT_QUERIES', false);
  if (on && production) {
    throw new ConfigError(
      "AGORA_COUNT_QUERIES n'est permis qu'en dehors de la production / is allowed only outside production (NODE_ENV=production)",
    );
  }
  return on;
}

function workers(env: NodeJS.ProcessEnv): number {
  const raw = env['AGORA_WORKERS'];
  if (raw?.toLowerCase() === 'auto') return Math.max(1, Math.min(availableParallelism(), 64));
  return integer(env, 'AGORA_WORKERS', 1, 1, 64);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = integer(env, 'PORT', 3000, 1, 65535);
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const production = env['NODE_ENV'] === 'production';
  const publicUrl = (url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`).replace(/\/$/, '');
  return {
    port,
    publicUrl,
    production,
    databaseUrl,
    dataDir: resolve(env['AGORA_DATA_DIR'] || '.agora'),
    demo: bool(env, 'AGORA_DEMO', !production),
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: env['MAIL_FROM'] || 'Agora <no-reply@agora.localhost>',
    sessionTtlHours: integer(env, 'SESSION_TTL_HOURS', 24 * 7, 1, 24 * 90),
    trustProxy: integer(env, 'TRUST_PROXY', 0, 0, 10),
    webDistDir: resolve(env['AGORA_WEB_DIR'] || 'dist/apps/web/browser'),
    logLevel: env['LOG_LEVEL'] || 'info',
    jobsIntervalSeconds: integer(env, 'AGORA_JOBS_INTERVAL_SECONDS', 30, 0, 86400),
    countQueries: countQueries(env, production),
    workers: workers(env),
    timeZone: timeZone(env),
    renderBusyPercent: integer(env, 'AGORA_RENDER_BUSY_PERCENT', 35, 1, 100),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
