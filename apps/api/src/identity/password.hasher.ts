import { Injectable } from '@nestjs/common';
import { Algorithm, hash, verify } from '@node-rs/argon2';

import { normalizePassword } from './password.rule';

/** OWASP's argon2id baseline: 19 MiB of memory, 2 passes, 1 lane (about 30 ms on one core). */
const ARGON2_OPTIONS = {
  algorithm: Algorithm.Argon2id,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;
const CURRENT_PARAMETERS = `$argon2id$v=19$m=${ARGON2_OPTIONS.memoryCost},t=${ARGON2_OPTIONS.timeCost},p=${ARGON2_OPTIONS.parallelism}$`;

/** Hashes and checks passwords with argon2id; exported for the modules that create accounts (demo seed). */
@Injectable()
export class PasswordHasher {
  private decoy: Promise<string> | null = null;

  hash(password: string): Promise<string> {
    return hash(normalizePassword(password), ARGON2_OPTIONS);
  }

  /**
   * Checks a password against a stored hash. With no hash (unknown or deleted account) it still
   * spends the time of a real check, so the answer time does not tell which addresses have accounts.
   */
  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    if (!passwordHash) {
      this.decoy ??= this.hash('decoy password that matches nothing');
      await verify(await this.decoy, normalizePassword(password)).catch(() => false);
      return false;
    }
    try {
      return await verify(passwordHash, normalizePassword(password));
    } catch {
      return false; // a malformed stored hash never signs anyone in
    }
  }

  /** True when the hash was made with weaker (older) parameters and should be redone at next sign-in. */
  needsRehash(passwordHash: string): boolean {
    return !passwordHash.startsWith(CURRENT_PARAMETERS);
  }
}
