import { isUuid } from './id.rule';

describe('isUuid', () => {
  it('accepts a random uuid', () => {
    expect(isUuid('5f1d7c0e-8b1a-4c9e-9f4e-2a7d3b6c1e90')).toBe(true);
  });

  it('accepts upper case', () => {
    expect(isUuid('5F1D7C0E-8B1A-4C9E-9F4E-2A7D3B6C1E90')).toBe(true);
  });

  it('refuses a slug, a truncated id and a non-string', () => {
    expect(isUuid('metropole-de-demo')).toBe(false);
    expect(isUuid('5f1d7c0e-8b1a-4c9e-9f4e-2a7d3b6c1e9')).toBe(false);
    expect(isUuid(42)).toBe(false);
    expect(isUuid(['5f1d7c0e-8b1a-4c9e-9f4e-2a7d3b6c1e90'])).toBe(false);
  });
});
