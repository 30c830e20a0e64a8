import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';

/** The built API (which serves the built web app) on a fresh embedded PostgreSQL with the demo data. */
export interface DemoServer {
  baseUrl: string;
  stop(): Promise<void>;
}

export async function startDemoServer(root: string, port: number, dataDir: string): Promise<DemoServer> {
  if (!existsSync(`${root}/dist/apps/api/main.js`))
    throw new Error('dist/apps/api/main.js is missing: build first');
  rmSync(dataDir, { recursive: true, force: true });
  const baseUrl = `http://127.0.0.1:${port}`;
  const api = spawn(process.execPath, ['dist/apps/api/main.js'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      AGORA_DATA_DIR: dataDir,
      AGORA_DEMO: 'true',
      PUBLIC_URL: baseUrl,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForHealth(baseUrl, api);
  return {
    baseUrl,
    stop: async () => {
      if (api.exitCode !== null) return;
      const exited = new Promise((resolve) => api.once('exit', resolve));
      // SIGTERM lets the API stop its embedded PostgreSQL cleanly.
      api.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitForHealth(baseUrl: string, api: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (api.exitCode !== null) throw new Error('the API process exited during start-up');
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the API did not become healthy within 150 s');
}

/** Signs in through the API as a browser would and returns the cookies (session + CSRF) as a header. */
export async function signInCookies(
  baseUrl: string,
  account: { email: string; password: string },
): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  };
  const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  keep(await fetch(`${baseUrl}/api/auth/csrf`));
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: header(),
      'x-xsrf-token': jar.get('XSRF-TOKEN') ?? '',
    },
    body: JSON.stringify(account),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  keep(response);
  return header();
}
