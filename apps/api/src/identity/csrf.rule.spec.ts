import { csrfVerdict } from './csrf.rule';

describe('CSRF double-submit rule', () => {
  it('lets safe methods through without a token', () => {
    expect(csrfVerdict('GET', undefined, undefined)).toBe('safe');
    expect(csrfVerdict('head', undefined, undefined)).toBe('safe');
  });

  it('accepts a header equal to the cookie', () => {
    expect(csrfVerdict('POST', 'token-value', 'token-value')).toBe('ok');
  });

  it('reports a missing header', () => {
    expect(csrfVerdict('POST', 'token-value', undefined)).toBe('missing');
  });

  it('reports a missing cookie', () => {
    expect(csrfVerdict('DELETE', undefined, 'token-value')).toBe('missing');
  });

  it('reports a header that differs from the cookie', () => {
    expect(csrfVerdict('PATCH', 'token-value', 'other-value')).toBe('invalid');
  });

  it('refuses a header repeated as an array', () => {
    expect(csrfVerdict('PUT', 'token-value', ['token-value', 'token-value'])).toBe('missing');
  });
});
