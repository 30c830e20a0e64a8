import { createHash } from 'node:crypto';

/** A limit: at most `limit` hits per subject within any `windowSeconds` (a sliding window). */
export interface RateLimitRule {
  /** Stable name, stored with the counters, e.g. `sign-in:account`. */
  name: string;
  limit: number;
  windowSeconds: number;
}

/** The outcome of one hit. */
export interface RateLimitDecision {
  allowed: boolean;
  /** Hits within the window, this one included. */
  hits: number;
  /** Seconds until the oldest hit in the window leaves it. */
  retryAfterSeconds: number;
}

/**
 * Subjects (IP addresses, e-mail addresses, account ids) are personal data: the counters keep only a
 * digest. Case and surrounding spaces are ignored so `Ana@x.fr` and `ana@x.fr ` share a counter.
 */
export function subjectDigest(rule: RateLimitRule, subject: string): Buffer {
  return createHash('sha256').update(`${rule.name}\u0000${subject.trim().toLowerCase()}`).digest();
}

export function decide(rule: RateLimitRule, hits: number, windowEndsInMs: number): RateLimitDecision {
  return {
    allowed: hits <= rule.limit,
    hits,
    retryAfterSeconds: Math.max(1, Math.ceil(windowEndsInMs / 1000)),
  };
}
