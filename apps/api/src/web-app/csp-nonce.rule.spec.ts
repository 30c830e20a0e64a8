import { newCspNonce, withScriptNonce } from './csp-nonce.rule';

describe('withScriptNonce', () => {
  it("adds the response's nonce to script-src and leaves the other directives alone", () => {
    expect(
      withScriptNonce("default-src 'self';script-src 'self';style-src 'self' 'unsafe-inline'", 'abc='),
    ).toBe("default-src 'self';script-src 'self' 'nonce-abc=';style-src 'self' 'unsafe-inline'");
  });

  it('copies default-src into a script-src when the policy has none', () => {
    expect(withScriptNonce("default-src 'self'; img-src data:", 'n')).toBe(
      "default-src 'self';img-src data:;script-src 'self' 'nonce-n'",
    );
  });

  it('leaves a policy without script restrictions as it was', () => {
    expect(withScriptNonce("img-src 'self'", 'n')).toBe("img-src 'self'");
  });
});

describe('newCspNonce', () => {
  it('draws a new 128-bit nonce for every response', () => {
    const nonce = newCspNonce();
    expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
    expect(newCspNonce()).not.toBe(nonce);
  });
});
