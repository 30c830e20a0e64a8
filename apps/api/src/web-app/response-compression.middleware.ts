import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import type { NextFunction, Request, RequestHandler, Response } from 'express';

import { isCompressibleType, pickContentEncoding } from './content-encoding.rule';

/** Below about one network packet, compressing saves nothing worth the CPU. */
const MIN_BYTES = 1_400;

/**
 * Compresses the API's buffered text answers (JSON from `res.json`/`res.send`, which end in a single
 * `res.end(body)`). Streamed answers (`res.write`: server-sent events, file downloads) pass untouched,
 * as does anything already encoded. Brotli at quality 4 costs about what gzip 6 costs, and saves more.
 */
export function compressResponses(): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const encoding = pickContentEncoding(req.headers['accept-encoding']);
    if (!encoding || req.method === 'HEAD') return next();
    let streamed = false;
    const write = res.write;
    const end = res.end;
    res.write = function (this: Response, ...args: unknown[]) {
      streamed = true;
      return (write as (...a: unknown[]) => boolean).apply(this, args);
    } as Response['write'];
    res.end = function (this: Response, ...args: unknown[]) {
      const [chunk, chunkEncoding] = args;
      if (
        !streamed &&
        !res.headersSent &&
        (typeof chunk === 'string' || Buffer.isBuffer(chunk)) &&
        worthCompressing(res)
      ) {
        const body =
          typeof chunk === 'string'
            ? Buffer.from(
                chunk,
                typeof chunkEncoding === 'string' ? (chunkEncoding as BufferEncoding) : 'utf8',
              )
            : chunk;
        res.vary('Accept-Encoding');
        if (body.length >= MIN_BYTES) {
          const compressed =
            encoding === 'br'
              ? brotliCompressSync(body, {
                  params: {
                    [constants.BROTLI_PARAM_QUALITY]: 4,
                    [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
                  },
                })
              : gzipSync(body, { level: 6 });
          res.setHeader('Content-Encoding', encoding);
          res.setHeader('Content-Length', compressed.length);
          const callback = args.find((a) => typeof a === 'function');
          return (end as (...a: unknown[]) => Response).call(this, compressed, callback);
        }
      }
      return (end as (...a: unknown[]) => Response).apply(this, args);
    } as Response['end'];
    next();
  };
}

function worthCompressing(res: Response): boolean {
  if (res.statusCode === 204 || res.statusCode === 304 || res.getHeader('Content-Encoding')) return false;
  const type = res.getHeader('Content-Type');
  return isCompressibleType(typeof type === 'string' ? type : undefined);
}
