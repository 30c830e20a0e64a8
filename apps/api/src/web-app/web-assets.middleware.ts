import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

import { Logger } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

import { SESSION_COOKIE } from '../identity/session.cookie';
import {
  ContentEncoding,
  cacheControlFor,
  isCompressibleType,
  pickContentEncoding,
} from './content-encoding.rule';
import { newCspNonce, withScriptNonce } from './csp-nonce.rule';
import { PageRenderer, serverPageRenderer } from './server-page.renderer';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The kinds of file Angular's build writes (and `apps/web/public` holds). */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

interface Asset {
  mtimeMs: number;
  size: number;
  type: string;
  body: Buffer;
  etag: string;
  compressible: boolean;
  /** Compressed once, at the highest level, on first demand, then kept: the files never change. */
  encoded: Partial<Record<ContentEncoding, Promise<Buffer>>>;
}

/** A slow render must not hold a page back: past this, the browser gets the shell and renders itself. */
const RENDER_TIMEOUT_MS = 3_000;
/**
 * Renders under way in this process beyond which a page gets the shell at once. A render costs tens of
 * milliseconds of CPU (the ballot ~50 ms on this machine, its API calls included); when a vote opens and
 * residents arrive by the thousand, rendering every page would take the CPU the votes need. The shell
 * costs nothing to send and the browser builds the same page, so rendering is done while there is room:
 * below this many renders at once, and while the process is not busy (AGORA_RENDER_BUSY_PERCENT).
 */
const MAX_CONCURRENT_RENDERS = 2;
const RENDER_SLOT_MAX_MS = 10 * RENDER_TIMEOUT_MS;

const sessionCookiePattern = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([^;]*)`);
/**
 * The pages the server renders with the visitor's session (issue 7): the ballot, the one page where a
 * resident on a slow phone must see their own content (who may vote where, the projects) before the
 * code runs. Only the session cookie is passed on; the answer is private and never stored. Without a
 * session these addresses get the shell (the browser's router sends the visitor to sign in). Every
 * other page with a session gets the shell too. The web app's server routes (app.routes.server.ts)
 * render the same addresses.
 */
const SIGNED_IN_PAGES: readonly RegExp[] = [/^\/budgets\/[^/]+\/voter\/?$/];

/** The language the visitor chose on this device (set by the web app's TranslationService). */
const localeCookiePattern = /(?:^|;\s*)agora_locale=(fr|en)(?:;|$)/;

export interface WebAssetsOptions {
  /** Server-side rendering of pages; by default the Angular server bundle next to the browser files. */
  renderer?: PageRenderer | null;
  renderTimeoutMs?: number;
  /** Renders at once in this process; beyond, pages get the shell (MAX_CONCURRENT_RENDERS). */
  maxConcurrentRenders?: number;
  /** Whether the process is too busy to render a page (busy.meter.ts); then pages get the shell. Never by default. */
  isBusy?: () => boolean;
  /** The territory's time zone, in which the default renderer writes dates (AGORA_TIME_ZONE). */
  timeZone?: string;
}

/**
 * The built Angular app at `/`: its files with a long cache for hashed names, compressed (Brotli or
 * gzip) once and kept in memory, and the pages. Public pages are rendered on the server (issue 7: a
 * slow phone shows the content before the JavaScript runs), as for an anonymous visitor, and the
 * ballot with the resident's session (SIGNED_IN_PAGES); the others, other pages of a browser holding
 * a session, and any page whose rendering fails or takes too long get the app's shell (index.html),
 * rendered in the browser, so deep links always work. Returns nothing when
 * there is no build (API-only deployments and tests).
 */
export function webAssets(webDistDir: string, options: WebAssetsOptions = {}): RequestHandler | null {
  const root = resolve(webDistDir);
  // With server-side rendering, Angular names the shell index.csr.html so that no static file server
  // would answer `/` with it instead of the rendered page.
  const indexPath = ['index.html', 'index.csr.html']
    .map((name) => join(root, name))
    .find((path) => existsSync(path));
  if (!indexPath) return null;
  const renderer =
    options.renderer === undefined
      ? serverPageRenderer(resolve(root, '..', 'server'), options.timeZone)
      : options.renderer;
  const renderTimeoutMs = options.renderTimeoutMs ?? RENDER_TIMEOUT_MS;
  const slots = renderSlots(options.maxConcurrentRenders ?? MAX_CONCURRENT_RENDERS);
  const isBusy = options.isBusy ?? (() => false);
  const logger = new Logger('WebApp');
  const assets = new Map<string, Asset>();

  const load = (path: string): Asset | null => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      return null;
    }
    if (!stats.isFile()) return null;
    const known = assets.get(path);
    if (known && known.mtimeMs === stats.mtimeMs && known.size === stats.size) return known;
    const body = readFileSync(path);
    const type = CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
    const asset: Asset = {
      mtimeMs: stats.mtimeMs,
      size: stats.size,
      type,
      body,
      etag: createHash('sha1').update(body).digest('base64url').slice(0, 16),
      compressible: isCompressibleType(type) && body.length > 512,
      encoded: {},
    };
    assets.set(path, asset);
    return asset;
  };

  const send = async (req: Request, res: Response, path: string, asset: Asset) => {
    const encoding = asset.compressible ? pickContentEncoding(req.headers['accept-encoding']) : null;
    const etag = `"${asset.etag}${encoding ? `-${encoding}` : ''}"`;
    res.setHeader('Content-Type', asset.type);
    res.setHeader('Cache-Control', cacheControlFor(path === indexPath ? 'index.html' : basename(path)));
    res.setHeader('ETag', etag);
    if (asset.compressible) res.vary('Accept-Encoding');
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    let body = asset.body;
    if (encoding) {
      asset.encoded[encoding] ??=
        encoding === 'br'
          ? brotli(asset.body, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: 11,
                [constants.BROTLI_PARAM_SIZE_HINT]: asset.body.length,
              },
            })
          : gzipAsync(asset.body, { level: 9 });
      body = await asset.encoded[encoding]!;
      res.setHeader('Content-Encoding', encoding);
    }
    res.setHeader('Content-Length', body.length);
    if (req.method === 'HEAD') res.end();
    else res.end(body);
  };

  return (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/api')) return next();
    let relative: string;
    try {
      relative = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    const path = resolve(root, `.${relative}`);
    const hidden = relative.split('/').some((segment) => segment.startsWith('.'));
    const file = !hidden && path.startsWith(root + sep) ? load(path) : null;
    if (file) {
      send(req, res, path, file).catch(next);
      return;
    }
    // A page of the app (deep link): index.html, unless the browser wants something else (a missing
    // script or stylesheet, say an old chunk after a release, must be a 404, not HTML).
    if (CONTENT_TYPES[extname(relative).toLowerCase()] || !req.accepts('html')) return next();
    const sendIndex = () => {
      const index = load(indexPath);
      if (!index) return next();
      send(req, res, indexPath, index).catch(next);
    };
    // The page differs with the session (SSR or not): shared caches must keep one copy per case.
    res.vary('Cookie');
    // A browser with a session gets the shell, but on the few pages rendered with it (SIGNED_IN_PAGES):
    // elsewhere the server renders only what an anonymous visitor sees, and the person's own page is
    // built in the browser with their cookies. Those few pages, without a session, get the shell too.
    const session = sessionCookiePattern.exec(req.headers.cookie ?? '')?.[1] || null;
    const signedInPage = SIGNED_IN_PAGES.some((page) => page.test(req.path));
    if (!renderer || req.method !== 'GET' || (session !== null) !== signedInPage) {
      return sendIndex();
    }
    // Busy: the shell now rather than a render queued behind others (MAX_CONCURRENT_RENDERS), or one
    // that would take CPU the API's own answers (the votes) need (isBusy).
    const release = isBusy() ? null : slots.take();
    if (!release) return sendIndex();
    const cspNonce = newCspNonce();
    const origin = `http://127.0.0.1:${req.socket.localPort}`;
    const locale = localeCookiePattern.exec(req.headers.cookie ?? '')?.[1] as 'fr' | 'en' | undefined;
    const render = renderer({
      url: `${origin}${req.originalUrl}`,
      cspNonce,
      locale: locale ?? null,
      session,
    });
    // The slot is held until the render itself ends, even when the page went out as the shell after the
    // timeout: its CPU is still spent.
    void render.catch(() => undefined).finally(release);
    withTimeout(render, renderTimeoutMs)
      .then((page) => {
        if (res.headersSent) return;
        if (!page) return sendIndex();
        // A RenderMode.Client page: the same bytes as the shell, which is already compressed.
        const index = load(indexPath);
        if (index && page.status === 200 && index.body.toString('utf8') === page.html) return sendIndex();
        sendRendered(res, page.status, page.html, cspNonce, session !== null);
      })
      .catch((error: unknown) => {
        logger.error(
          `Rendu serveur impossible, la page sera rendue par le navigateur / server-side rendering failed, the browser will render the page: ${req.path}: ${
            error instanceof Error ? error.message : String(error)
          }`,
        );
        if (!res.headersSent) sendIndex();
      });
  };
}

function sendRendered(
  res: Response,
  status: number,
  html: string,
  cspNonce: string,
  personal: boolean,
): void {
  res.status(status);
  res.setHeader('Content-Type', CONTENT_TYPES['.html']);
  // Rendered for this request (its nonce): revalidated on every visit, like index.html; a page rendered
  // with the person's session is theirs alone: no cache keeps it, not even the browser's.
  res.setHeader('Cache-Control', personal ? 'private, no-store' : cacheControlFor('index.html'));
  const policy = res.getHeader('Content-Security-Policy');
  if (typeof policy === 'string') res.setHeader('Content-Security-Policy', withScriptNonce(policy, cspNonce));
  // Compressed on the way out by compressResponses(), like the API's answers.
  res.end(html);
}

/**
 * At most `max` renders at once: `take()` gives a slot's release, or null when all are held. A slot
 * comes back on release, or after RENDER_SLOT_MAX_MS at the latest: a render that never ends must not
 * turn rendering off for good.
 */
function renderSlots(max: number): { take(): (() => void) | null } {
  let held = 0;
  return {
    take() {
      if (held >= max) return null;
      held += 1;
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        held -= 1;
        clearTimeout(timer);
      };
      const timer = setTimeout(release, RENDER_SLOT_MAX_MS).unref();
      return release;
    },
  };
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
