import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

import type { NextFunction, Request, RequestHandler, Response } from 'express';

import {
  ContentEncoding,
  cacheControlFor,
  isCompressibleType,
  pickContentEncoding,
} from './content-encoding.rule';

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

/**
 * The built Angular app at `/`: its files with a long cache for hashed names, compressed (Brotli or
 * gzip) once and kept in memory, and index.html for every other page a browser asks for, so deep
 * links work. Returns nothing when there is no build (API-only deployments and tests).
 */
export function webAssets(webDistDir: string): RequestHandler | null {
  const root = resolve(webDistDir);
  const indexPath = join(root, 'index.html');
  if (!existsSync(indexPath)) return null;
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
    res.setHeader('Cache-Control', cacheControlFor(basename(path)));
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
    const index = load(indexPath);
    if (!index) return next();
    send(req, res, indexPath, index).catch(next);
  };
}
