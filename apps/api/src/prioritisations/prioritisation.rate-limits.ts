import type { RateLimitRule } from '../rate-limit/rate-limit.rule';

const MINUTE = 60;

/**
 * A resident casts one ranking; a few refused attempts (points not summing to 100, a work missing) are
 * normal, a hundred are a script probing the ballot box. Counted per account, every attempt.
 */
export const PRIORITISATION_RATE_LIMITS = {
  castPerAccount: { name: 'prioritisation-cast:account', limit: 20, windowSeconds: 10 * MINUTE },
} satisfies Record<string, RateLimitRule>;
