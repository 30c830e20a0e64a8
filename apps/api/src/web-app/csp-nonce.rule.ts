import { randomBytes } from 'node:crypto';

/** 128 random bits, as CSP Level 3 recommends; base64 is what `'nonce-…'` expects. */
export function newCspNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * The same Content-Security-Policy with `'nonce-<nonce>'` added to its `script-src` (or to a
 * `script-src` copied from `default-src` when the policy has none), so that the inline scripts of
 * this one response, and no other script, may run. Everything else in the policy is left as it was:
 * no `'unsafe-inline'` is ever added.
 */
export function withScriptNonce(policy: string, nonce: string): string {
  const source = `'nonce-${nonce}'`;
  const directives = policy
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean);
  const index = directives.findIndex((directive) => directive.split(/\s+/)[0].toLowerCase() === 'script-src');
  if (index >= 0) {
    directives[index] = `${directives[index]} ${source}`;
  } else {
    const fallback = directives.find(
      (directive) => directive.split(/\s+/)[0].toLowerCase() === 'default-src',
    );
    if (!fallback) return policy;
    directives.push(`script-src${fallback.slice('default-src'.length)} ${source}`);
  }
  return directives.join(';');
}
