import { createHmac, timingSafeEqual } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const uuidBytes = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex');
const uuidText = (bytes: Buffer) => bytes.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
const signature = (key: Buffer, payload: Buffer) => createHmac('sha256', key).update('work-unsubscribe:').update(payload).digest().subarray(0, 16);

/**
 * The work id a digest's token names: a digest speaks of several works, so its one-click unsubscribe
 * (the List-Unsubscribe header) stops every works e-mail of the account.
 */
export const ALL_WORKS = '00000000-0000-0000-0000-000000000000';

/** A one-click unsubscribe token: which work and which account, signed (HMAC-SHA256) so nobody can forge another's. */
export function signUnsubscribeToken(key: Buffer, workId: string, accountId: string): string {
  const payload = Buffer.concat([uuidBytes(workId), uuidBytes(accountId)]);
  return `${payload.toString('base64url')}.${signature(key, payload).toString('base64url')}`;
}

/** The work and account a token names, or null when it was not signed with this key (or is malformed). */
export function readUnsubscribeToken(key: Buffer, token: string): { workId: string; accountId: string } | null {
  const [encoded, signed, extra] = token.split('.');
  if (!encoded || !signed || extra !== undefined) return null;
  const payload = Buffer.from(encoded, 'base64url');
  const given = Buffer.from(signed, 'base64url');
  if (payload.length !== 32 || given.length !== 16) return null;
  if (!timingSafeEqual(given, signature(key, payload))) return null;
  const workId = uuidText(payload.subarray(0, 16));
  const accountId = uuidText(payload.subarray(16));
  return UUID.test(workId) && UUID.test(accountId) ? { workId, accountId } : null;
}
