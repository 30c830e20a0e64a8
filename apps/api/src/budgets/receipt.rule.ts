import { createHash, randomInt } from 'node:crypto';

/** Crockford's base 32: no I, L, O or U, so a code read out at the counter is not misheard. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A random receipt code, 12 characters (60 bits) in three groups: `K7QX-M2PA-R9TB`. */
export function newReceiptCode(): string {
  let code = '';
  for (let i = 0; i < 12; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** As typed back by a person: case, spaces and dashes do not matter, and O/I/L read as 0/1/1. */
export function normaliseReceiptCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]{12}$/.test(compact)) return null;
  return `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8)}`;
}

/** Only this hash is stored with the ballot: the code itself exists only on the voter's side. */
export function receiptHash(code: string): Buffer {
  return createHash('sha256').update(code).digest();
}

/**
 * The ballot's `voter_id` in the published Pabulib file: the start of the receipt hash, so that the
 * voter finds their line while nobody else can claim a line as theirs without the code.
 */
export function publishedVoterId(hash: Buffer): string {
  return hash.subarray(0, 8).toString('hex');
}
