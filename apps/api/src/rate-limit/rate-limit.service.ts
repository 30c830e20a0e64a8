import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { tooManyRequests } from '../errors/domain.error';
import { decide, RateLimitDecision, RateLimitRule, subjectDigest } from './rate-limit.rule';

/** Share of hits that also sweep expired counters, so the table stays small without a dedicated job. */
const CLEANUP_PROBABILITY = 0.02;

/**
 * Fixed-window counters in PostgreSQL, so that a limit holds whichever API process answers. The
 * window is computed from the database clock (one clock for all processes) and each hit is a single
 * atomic upsert: concurrent attempts cannot slip past the limit.
 */
@Injectable()
export class RateLimitService {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts one hit and says whether it is within the limit. */
  async hit(rule: RateLimitRule, subject: string): Promise<RateLimitDecision> {
    if (Math.random() < CLEANUP_PROBABILITY) await this.removeExpired();
    const rows: Array<{ hits: number; ends_in_ms: number }> = await this.dataSource.query(
      `WITH w AS (SELECT to_timestamp(floor(extract(epoch FROM now()) / $3::int) * $3::int) AS start)
       INSERT INTO rate_limit_counters AS c (rule, subject_hash, window_start, expires_at, hits)
       SELECT $1, $2, w.start, w.start + make_interval(secs => $3::int), 1 FROM w
       ON CONFLICT (rule, subject_hash, window_start) DO UPDATE SET hits = c.hits + 1
       RETURNING c.hits, (extract(epoch FROM c.expires_at - now()) * 1000)::float8 AS ends_in_ms`,
      [rule.name, subjectDigest(rule, subject), rule.windowSeconds],
    );
    return decide(rule, rows[0].hits, rows[0].ends_in_ms);
  }

  /** Counts one hit and refuses with a 429 past the limit. */
  async consume(rule: RateLimitRule, subject: string): Promise<void> {
    const decision = await this.hit(rule, subject);
    if (!decision.allowed) throw tooManyAttempts(decision);
  }

  /**
   * Gives back a hit that turned out fine (e.g. a sign-in with the right password), so that limits
   * count failures only; a no-op once the window has ended.
   */
  async refund(rule: RateLimitRule, subject: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE rate_limit_counters SET hits = greatest(hits - 1, 0)
       WHERE rule = $1 AND subject_hash = $2 AND window_start = to_timestamp(floor(extract(epoch FROM now()) / $3::int) * $3::int)`,
      [rule.name, subjectDigest(rule, subject), rule.windowSeconds],
    );
  }

  async removeExpired(): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit_counters WHERE expires_at < now()`);
  }
}

export function tooManyAttempts(decision: RateLimitDecision) {
  const minutes = Math.max(1, Math.ceil(decision.retryAfterSeconds / 60));
  return tooManyRequests(
    'TOO_MANY_ATTEMPTS',
    `Trop de tentatives. Réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`,
    `Too many attempts. Try again in ${minutes} minute${minutes > 1 ? 's' : ''}.`,
  );
}
