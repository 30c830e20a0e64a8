import { PasswordHasher } from './password.hasher';

describe('password hasher', () => {
  const hasher = new PasswordHasher();

  it('hashes with argon2id and the OWASP parameters', async () => {
    const stored = await hasher.hash('violet-tramway-de-brest');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(hasher.needsRehash(stored)).toBe(false);
  });

  it('accepts the right password and refuses a wrong one', async () => {
    const stored = await hasher.hash('violet-tramway-de-brest');
    await expect(hasher.verify(stored, 'violet-tramway-de-brest')).resolves.toBe(true);
    await expect(hasher.verify(stored, 'violet-tramway-de-brest!')).resolves.toBe(false);
  });

  it('treats composed and decomposed accents as the same password', async () => {
    const stored = await hasher.hash('caf\u00e9-au-lait-du-matin');
    await expect(hasher.verify(stored, 'cafe\u0301-au-lait-du-matin')).resolves.toBe(true);
  });

  it('refuses every password when there is no hash', async () => {
    await expect(hasher.verify(null, 'anything at all')).resolves.toBe(false);
  });

  it('refuses every password against a malformed hash', async () => {
    await expect(hasher.verify('not-a-hash', 'anything at all')).resolves.toBe(false);
  });

  it('asks to rehash a hash made with other parameters', () => {
    expect(hasher.needsRehash('$argon2id$v=19$m=4096,t=3,p=1$c2FsdA$aGFzaA')).toBe(true);
  });
});
