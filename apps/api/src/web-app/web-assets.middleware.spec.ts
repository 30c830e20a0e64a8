import { get, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import express from 'express';
import request from 'supertest';

import { compressResponses } from './response-compression.middleware';
import type { PageRenderer } from './server-page.renderer';
import { WebAssetsOptions, webAssets } from './web-assets.middleware';

const script = `console.log(${JSON.stringify('Agora '.repeat(2_000))});`;
const index = `<!doctype html><html lang="fr"><body><agora-root></agora-root>${'<!-- - -->'.repeat(100)}</body></html>`;

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A plain HTTP GET that leaves the body as it came over the wire (supertest would decompress it). */
function rawGet(server: Server, path: string, headers: Record<string, string>): Promise<RawResponse> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    }).on('error', reject);
  });
}

describe('webAssets', () => {
  let dir: string;
  let app: express.Express;
  let server: Server;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'agora-web-assets-'));
    writeFileSync(join(dir, 'index.html'), index);
    writeFileSync(join(dir, 'main-I35BUVZ7.js'), script);
    writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    mkdirSync(join(dir, '.secret'));
    writeFileSync(join(dir, '.secret', 'key.txt'), 'hidden');
    app = express();
    app.use(compressResponses());
    app.use(webAssets(dir)!);
    app.get('/api/big', (_req, res) => {
      res.json({ text: 'Budget participatif '.repeat(200) });
    });
    app.get('/api/small', (_req, res) => {
      res.json({ ok: true });
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('returns nothing to mount when there is no build', () => {
    expect(webAssets(join(dir, 'missing'))).toBeNull();
  });

  it('serves a hashed script compressed with Brotli and cached for a year', async () => {
    const res = await rawGet(server, '/main-I35BUVZ7.js', { 'Accept-Encoding': 'gzip, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['vary']).toContain('Accept-Encoding');
    expect(brotliDecompressSync(res.body).toString()).toBe(script);
    expect(res.body.length).toBeLessThan(script.length / 10);
  });

  it('serves gzip to a browser without Brotli, and plain bytes to one without either', async () => {
    const gz = await rawGet(server, '/main-I35BUVZ7.js', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(script);
    const plain = await rawGet(server, '/main-I35BUVZ7.js', { 'Accept-Encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('answers 304 when the browser already has this version', async () => {
    const first = await request(app).get('/main-I35BUVZ7.js').set('Accept-Encoding', 'br');
    const again = await request(app)
      .get('/main-I35BUVZ7.js')
      .set('Accept-Encoding', 'br')
      .set('If-None-Match', first.headers['etag'] as string);
    expect(again.status).toBe(304);
  });

  it('answers deep links with index.html, revalidated on every visit', async () => {
    const res = await request(app).get('/budgets/budget-participatif-2026/voter').set('Accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.text).toBe(index);
  });

  it('answers a missing script with 404, not with the HTML page', async () => {
    const res = await request(app).get('/chunk-OLDOLDOL.js').set('Accept', '*/*');
    expect(res.status).toBe(404);
  });

  it('never serves hidden files or files outside the build', async () => {
    expect((await request(app).get('/.secret/key.txt')).status).toBe(404);
    expect((await request(app).get('/..%2f..%2fetc%2fpasswd').set('Accept', 'text/plain')).status).toBe(404);
  });

  it('leaves /api to the API', async () => {
    expect((await request(app).get('/api/missing').set('Accept', 'text/html')).status).toBe(404);
  });

  it('compresses large JSON answers of the API and leaves small ones as they are', async () => {
    const big = await rawGet(server, '/api/big', { 'Accept-Encoding': 'br' });
    expect(big.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(big.body).toString())).toEqual({
      text: 'Budget participatif '.repeat(200),
    });
    const small = await request(app).get('/api/small').set('Accept-Encoding', 'br');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body).toEqual({ ok: true });
  });
});

describe('webAssets with server-side rendering', () => {
  let dir: string;
  let renders: Parameters<PageRenderer>[0][];
  let renderer: PageRenderer;
  let server: Server;
  let app: express.Express;
  const shell = '<!doctype html><html lang="fr"><body><agora-root></agora-root></body></html>';
  const policy = "default-src 'self';script-src 'self';style-src 'self' 'unsafe-inline'";

  const appWith = (options: WebAssetsOptions) => {
    const created = express();
    created.use((_req, res, next) => {
      res.setHeader('Content-Security-Policy', policy);
      next();
    });
    created.use(webAssets(dir, options)!);
    return created;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'agora-web-ssr-'));
    // With SSR, Angular's build names the shell index.csr.html.
    writeFileSync(join(dir, 'index.csr.html'), shell);
    renderer = async (page) => {
      renders.push(page);
      const path = new URL(page.url).pathname;
      if (path === '/lente') return new Promise(() => undefined);
      if (path === '/cassee') throw new Error('ReferenceError: window is not defined');
      if (path === '/gestion') return { status: 200, html: shell };
      if (path === '/gestion/budgets/b1') return null;
      return {
        status: 200,
        html: `<html><body><h1>Budget participatif</h1><script nonce="${page.cspNonce}">1</script></body></html>`,
      };
    };
    app = appWith({ renderer: (page) => renderer(page), renderTimeoutMs: 200 });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
  });

  beforeEach(() => {
    renders = [];
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a public page with its server-rendered HTML, revalidated on every visit', async () => {
    const res = await request(server)
      .get('/budgets/budget-participatif-2026?onglet=projets')
      .set('Accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<h1>Budget participatif</h1>');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const { port } = server.address() as AddressInfo;
    expect(renders.map((page) => page.url)).toEqual([
      `http://127.0.0.1:${port}/budgets/budget-participatif-2026?onglet=projets`,
    ]);
  });

  it("allows this response's inline scripts by their nonce, never by 'unsafe-inline'", async () => {
    const res = await request(server).get('/').set('Accept', 'text/html');
    const nonce = renders[0].cspNonce;
    expect(res.text).toContain(`<script nonce="${nonce}">`);
    const scriptSrc = (res.headers['content-security-policy'] as string)
      .split(';')
      .find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe(`script-src 'self' 'nonce-${nonce}'`);
    await request(server).get('/').set('Accept', 'text/html');
    expect(renders[1].cspNonce).not.toBe(nonce);
  });

  it('renders in the language the visitor chose on the device (its cookie), nothing else of the request', async () => {
    await request(server).get('/').set('Accept', 'text/html').set('Cookie', 'XSRF-TOKEN=t; agora_locale=en');
    await request(server).get('/').set('Accept', 'text/html').set('Cookie', 'agora_locale=de');
    await request(server).get('/').set('Accept', 'text/html');
    expect(renders.map((page) => page.locale)).toEqual(['en', null, null]);
  });

  it('sends the shell, without rendering, to a browser holding a session', async () => {
    const res = await request(server)
      .get('/')
      .set('Accept', 'text/html')
      .set('Cookie', 'XSRF-TOKEN=t; agora_session=s');
    expect(res.text).toBe(shell);
    expect(renders).toEqual([]);
    expect(res.headers['content-security-policy']).toBe(policy);
  });

  it("renders the ballot with the resident's session alone, privately, never stored", async () => {
    const res = await request(server)
      .get('/budgets/budget-participatif-2026/voter')
      .set('Accept', 'text/html')
      .set('Cookie', 'XSRF-TOKEN=t; agora_session=s3ss10n; agora_locale=en');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<h1>Budget participatif</h1>');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['vary']).toContain('Cookie');
    expect(renders.map(({ session, locale }) => ({ session, locale }))).toEqual([
      { session: 's3ss10n', locale: 'en' },
    ]);
  });

  it('sends the shell, without rendering, for the ballot of a browser without a session', async () => {
    const res = await request(server)
      .get('/budgets/budget-participatif-2026/voter')
      .set('Accept', 'text/html');
    expect(res.text).toBe(shell);
    const empty = await request(server)
      .get('/budgets/budget-participatif-2026/voter')
      .set('Accept', 'text/html')
      .set('Cookie', 'agora_session=');
    expect(empty.text).toBe(shell);
    expect(renders).toEqual([]);
  });

  it('renders public pages without any session', async () => {
    await request(server)
      .get('/budgets/budget-participatif-2026/voter/confirmation')
      .set('Accept', 'text/html');
    await request(server).get('/').set('Accept', 'text/html');
    expect(renders.map((page) => page.session)).toEqual([null, null]);
  });

  it('sends the shell at once, without rendering, while as many renders as allowed are under way', async () => {
    const started: string[] = [];
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const busy = appWith({
      renderer: async (page) => {
        started.push(new URL(page.url).pathname);
        await finished;
        return { status: 200, html: '<h1>Rendu</h1>' };
      },
      maxConcurrentRenders: 1,
      renderTimeoutMs: 5_000,
    }).listen(0, '127.0.0.1');
    await new Promise((resolve) => busy.once('listening', resolve));
    try {
      const first = request(busy).get('/budgets/a').set('Accept', 'text/html').then((res) => res);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const second = await request(busy).get('/budgets/b').set('Accept', 'text/html');
      expect(second.text).toBe(shell);
      expect(started).toEqual(['/budgets/a']);
      finish();
      expect((await first).text).toBe('<h1>Rendu</h1>');
      // Room again: the next page is rendered.
      const third = await request(busy).get('/budgets/c').set('Accept', 'text/html');
      expect(third.text).toBe('<h1>Rendu</h1>');
      expect(started).toEqual(['/budgets/a', '/budgets/c']);
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });

  it('sends the shell, without rendering, while the process is busy', async () => {
    let busy = true;
    const loaded = appWith({ renderer: (page) => renderer(page), isBusy: () => busy }).listen(0, '127.0.0.1');
    await new Promise((resolve) => loaded.once('listening', resolve));
    try {
      expect((await request(loaded).get('/').set('Accept', 'text/html')).text).toBe(shell);
      expect(renders).toEqual([]);
      busy = false;
      expect((await request(loaded).get('/').set('Accept', 'text/html')).text).toContain('<h1>Budget participatif</h1>');
      expect(renders).toHaveLength(1);
    } finally {
      await new Promise((resolve) => loaded.close(resolve));
    }
  });

  it('sends the shell when rendering fails', async () => {
    const res = await request(server).get('/cassee').set('Accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.text).toBe(shell);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('sends the shell when rendering takes too long', async () => {
    const res = await request(server).get('/lente').set('Accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.text).toBe(shell);
  });

  it('sends pages rendered in the browser as the cached shell', async () => {
    const res = await request(server).get('/gestion').set('Accept', 'text/html');
    expect(res.text).toBe(shell);
    expect(res.headers['etag']).toBeDefined();
  });

  it("sends the shell when the bundle renders nothing (a redirect, left to the browser's router)", async () => {
    const res = await request(server).get('/gestion/budgets/b1').set('Accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.text).toBe(shell);
  });

  it('sends the shell to HEAD requests and never renders files or /api', async () => {
    expect((await request(server).head('/').set('Accept', 'text/html')).status).toBe(200);
    expect((await request(server).get('/chunk-OLDOLDOL.js').set('Accept', '*/*')).status).toBe(404);
    expect((await request(server).get('/api/missing').set('Accept', 'text/html')).status).toBe(404);
    expect(renders).toEqual([]);
  });

  it('answers pages with the shell when there is no server bundle next to the browser files', async () => {
    const plain = webAssets(dir);
    expect(plain).not.toBeNull();
    const res = await request(express().use(plain!))
      .get('/budgets/budget-participatif-2026')
      .set('Accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.text).toBe(shell);
    expect(res.headers['cache-control']).toBe('no-cache');
  });
});
