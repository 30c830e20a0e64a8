import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { tooManyRequests } from '../errors/domain.error';
import { decide, RateLimitDecision, RateLimitRule, subjectDigest } from './rate-limit.rule';

/** Share of hits that also sweep expired counters, so the table stays small without a dedicated job. */
const CLEANUP_PROBABILITY = 0.02;

/**
 * Sliding-window limits in PostgreSQL, so that a limit holds whichever API process answers: each hit
 * is logged, and the hits of the last `windowSeconds` are counted under a per-subject advisory lock
 * (concurrent attempts are counted one after the other and cannot slip past the limit). Times come
 * from the database clock, one clock for all processes.
 */
@Injectable()
export class RateLimitService {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts one hit and says whether it is within the limit. */
  async hit(rule: RateLimitRule, subject: string): Promise<RateLimitDecision> {
    if (Math.random() < CLEANUP_PROBABILITY) await this.removeExpired();
    const digest = subjectDigest(rule, subject);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1 || encode($2, 'hex'), 0))`, [
        rule.name,
        digest,
      ]);
      await manager.query(
        `INSERT INTO rate_limit_hits (rule, subject_hash, at, expires_at)
         VALUES ($1, $2, clock_timestamp(), clock_timestamp() + make_interval(secs => $3::int))`,
        [rule.name, digest, rule.windowSeconds],
      );
      const [row]: Array<{ hits: number; ends_in_ms: number }> = await manager.query(
        `SELECT count(*)::int AS hits,
                (extract(epoch FROM min(at) + make_interval(secs => $3::int) - clock_timestamp()) * 1000)::float8 AS ends_in_ms
         FROM rate_limit_hits
         WHERE rule = $1 AND subject_hash = $2 AND at > clock_timestamp() - make_interval(secs => $3::int)`,
        [rule.name, digest, rule.windowSeconds],
      );
      return decide(rule, row.hits, row.ends_in_ms);
    });
  }

  /** Counts one hit and refuses with a 429 past the limit. */
  async consume(rule: RateLimitRule, subject: string): Promise<void> {
    const decision = await this.hit(rule, subject);
    if (!decision.allowed) throw tooManyAttempts(decision);
  }

  /**
   * Gives back a hit that turned out fine (e.g. a sign-in with the right password), so that limits
   * count failures only.
   */
  async refund(rule: RateLimitRule, subject: string): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM rate_limit_hits WHERE ctid = (
         SELECT ctid FROM rate_limit_hits WHERE rule = $1 AND subject_hash = $2 ORDER BY at DESC LIMIT 1)`,
      [rule.name, subjectDigest(rule, subject)],
    );
  }

  async removeExpired(): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit_hits WHERE expires_at < clock_timestamp()`);
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
