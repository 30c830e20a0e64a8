import { randomBytes } from 'node:crypto';

import { readUnsubscribeToken, signUnsubscribeToken } from './unsubscribe-token.rule';

const key = randomBytes(32);
const work = '0b7c6c1e-5a4f-4c3b-9e2d-1f0a9b8c7d6e';
const account = 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b';

describe('unsubscribe tokens', () => {
  it('reads back the work and account it was signed for', () => {
    expect(readUnsubscribeToken(key, signUnsubscribeToken(key, work, account))).toEqual({ workId: work, accountId: account });
  });

  it('refuses a token signed with another key', () => {
    expect(readUnsubscribeToken(randomBytes(32), signUnsubscribeToken(key, work, account))).toBeNull();
  });

  it('refuses a token whose account was swapped', () => {
    const [, signed] = signUnsubscribeToken(key, work, account).split('.');
    const forged = Buffer.concat([Buffer.from(work.replace(/-/g, ''), 'hex'), randomBytes(16)]).toString('base64url');
    expect(readUnsubscribeToken(key, `${forged}.${signed}`)).toBeNull();
  });

  it('refuses garbage', () => {
    expect(readUnsubscribeToken(key, 'not-a-token')).toBeNull();
  });
});
