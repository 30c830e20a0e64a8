import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes: as hard to guess as an AES-256 key, whatever the rate limits. */
const TOKEN_BYTES = 32;

/** A fresh secret for a cookie or an e-mail link, URL-safe (base64url, 43 characters). */
export function newSecretToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** What the database keeps of a secret: its SHA-256, enough to find it, useless to whoever reads it. */
export function hashSecretToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/**
 * Compares two secrets in constant time. Digests first, so inputs of different lengths take the
 * same time too (timingSafeEqual itself refuses unequal lengths).
 */
export function secretsEqual(a: string, b: string): boolean {
  return timingSafeEqual(hashSecretToken(a), hashSecretToken(b));
}
