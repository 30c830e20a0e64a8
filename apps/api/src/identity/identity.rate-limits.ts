import type { RateLimitRule } from '../rate-limit/rate-limit.rule';

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/**
 * Limits on what can be guessed or abused. Sign-in counts failures only (a right password gives its
 * hit back), per account to stop guessing one password, per IP to stop spraying many accounts; an
 * IP limit stays generous because a town hall or a school may share one address.
 */
export const IDENTITY_RATE_LIMITS = {
  signInPerAccount: { name: 'sign-in:account', limit: 5, windowSeconds: 10 * MINUTE },
  signInPerIp: { name: 'sign-in:ip', limit: 20, windowSeconds: 10 * MINUTE },
  signUpPerIp: { name: 'sign-up:ip', limit: 20, windowSeconds: HOUR },
  resetPerIp: { name: 'password-reset:ip', limit: 20, windowSeconds: HOUR },
  resetPerEmail: { name: 'password-reset:email', limit: 5, windowSeconds: HOUR },
  /** Re-typing one's password to change it, change the address or delete the account. */
  passwordCheckPerAccount: { name: 'password-check:account', limit: 5, windowSeconds: 10 * MINUTE },
  verificationMailPerAccount: { name: 'verification-mail:account', limit: 5, windowSeconds: HOUR },
  emailChangePerAccount: { name: 'email-change:account', limit: 5, windowSeconds: HOUR },
} satisfies Record<string, RateLimitRule>;
