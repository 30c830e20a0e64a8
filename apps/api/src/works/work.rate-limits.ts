import type { RateLimitRule } from '../rate-limit/rate-limit.rule';

const MINUTE = 60;

/**
 * The unsubscribe link works without signing in, so its endpoint is the one place where someone could
 * try tokens in a loop. Only failures count (a good token is refunded): a mail provider that posts the
 * one-click unsubscribe of thousands of its users from a single address is never stopped.
 */
export const WORK_RATE_LIMITS = {
  unsubscribeFailuresPerIp: { name: 'work-unsubscribe:ip', limit: 20, windowSeconds: 10 * MINUTE },
} satisfies Record<string, RateLimitRule>;
