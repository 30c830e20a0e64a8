import { hashSecretToken, newSecretToken, secretsEqual } from './secret-token.rule';

describe('secret tokens', () => {
  it('makes URL-safe tokens of 32 random bytes', () => {
    const token = newSecretToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
  });

  it('never makes the same token twice in a row', () => {
    expect(newSecretToken()).not.toBe(newSecretToken());
  });

  it('stores a SHA-256 digest, not the token', () => {
    const token = newSecretToken();
    const digest = hashSecretToken(token);
    expect(digest).toHaveLength(32);
    expect(digest.toString('hex')).not.toContain(Buffer.from(token).toString('hex'));
    expect(hashSecretToken(token).equals(digest)).toBe(true);
  });

  it('compares equal secrets as equal', () => {
    expect(secretsEqual('abc', 'abc')).toBe(true);
  });

  it('compares secrets of different lengths as different without throwing', () => {
    expect(secretsEqual('abc', 'abcd')).toBe(false);
    expect(secretsEqual('', 'abcd')).toBe(false);
  });
});
