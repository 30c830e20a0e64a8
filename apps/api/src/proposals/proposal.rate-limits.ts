import type { RateLimitRule } from '../rate-limit/rate-limit.rule';

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/**
 * Ceilings against flooding, far above what a resident does (a few proposals in a whole phase, a
 * handful of comments in a debate), so that a script is stopped and a person never is.
 */
export const PROPOSAL_RATE_LIMITS = {
  submitPerAccount: { name: 'proposal-submit:account', limit: 50, windowSeconds: HOUR },
  commentPerAccount: { name: 'proposal-comment:account', limit: 60, windowSeconds: 10 * MINUTE },
  reportPerAccount: { name: 'proposal-report:account', limit: 50, windowSeconds: HOUR },
} satisfies Record<string, RateLimitRule>;
