import { AsyncLocalStorage } from 'node:async_hooks';

import type { NextFunction, Request, Response } from 'express';
import { Client } from 'pg';

/** The response header that carries the number of SQL statements a request sent. */
export const QUERY_COUNT_HEADER = 'X-Query-Count';

const perRequest = new AsyncLocalStorage<{ queries: number }>();
let counting = false;

/**
 * Counts the SQL statements each request sends to PostgreSQL (every round trip through `pg`, TypeORM's
 * included, BEGIN and COMMIT too) and returns the number in an `X-Query-Count` header. For benchmarks
 * and tests that hold a page to a query budget (issue 7); turned on by AGORA_COUNT_QUERIES=1, which
 * the configuration refuses in production. Statements sent after the response has started (none
 * today) would not be in the figure.
 */
export function queryCountMiddleware(): (req: Request, res: Response, next: NextFunction) => void {
  if (!counting) {
    counting = true;
    const original = Client.prototype.query;
    // One patch per process, on the driver every connection shares; outside a request nothing is counted.
    Client.prototype.query = function countedQuery(this: Client, ...args: unknown[]) {
      const store = perRequest.getStore();
      if (store) store.queries++;
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof original;
  }
  return (_req, res, next) => {
    const store = { queries: 0 };
    const writeHead = res.writeHead;
    res.writeHead = function writeHeadWithCount(this: Response, ...args: unknown[]) {
      if (!res.headersSent) res.setHeader(QUERY_COUNT_HEADER, String(store.queries));
      return (writeHead as (...a: unknown[]) => Response).apply(this, args);
    } as typeof res.writeHead;
    perRequest.run(store, next);
  };
}
