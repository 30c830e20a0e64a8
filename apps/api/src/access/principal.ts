import type { Request } from 'express';

/** Who is calling, as the session middleware (identity) found it. Absent for anonymous requests. */
export interface Principal {
  accountId: string;
  sessionId: string;
  emailVerified: boolean;
}

export type AgoraRequest = Request & { principal?: Principal };
