import { decide, subjectDigest } from './rate-limit.rule';

const rule = { name: 'test', limit: 3, windowSeconds: 60 };

describe('rate limit rule', () => {
  it('allows hits up to the limit', () => {
    expect(decide(rule, 3, 10_000).allowed).toBe(true);
  });

  it('refuses the hit after the limit', () => {
    expect(decide(rule, 4, 10_000).allowed).toBe(false);
  });

  it('rounds the wait up to whole seconds, at least one', () => {
    expect(decide(rule, 4, 1_200).retryAfterSeconds).toBe(2);
    expect(decide(rule, 4, 0).retryAfterSeconds).toBe(1);
  });

  it('keeps no subject in clear and ignores case and spaces', () => {
    const digest = subjectDigest(rule, ' Ana@Example.fr ');
    expect(digest).toHaveLength(32);
    expect(digest.toString('utf8')).not.toContain('ana');
    expect(digest.equals(subjectDigest(rule, 'ana@example.fr'))).toBe(true);
  });

  it('gives the same subject different counters under different rules', () => {
    expect(subjectDigest(rule, 'x').equals(subjectDigest({ ...rule, name: 'other' }, 'x'))).toBe(false);
  });
});
