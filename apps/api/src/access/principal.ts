import type { Request } from 'express';

/** Who is calling, as the session middleware (identity) found it. Absent for anonymous requests. */
export interface Principal {
  accountId: string;
  sessionId: string;
  emailVerified: boolean;
}

export type AgoraRequest = Request & { principal?: Principal };

/** The caller on a route whose access policy requires one (the guard has checked; this only narrows the type). */
export function principalOf(request: AgoraRequest): Principal {
  if (!request.principal) throw new Error('principalOf() on a route that lets anonymous callers in');
  return request.principal;
}
