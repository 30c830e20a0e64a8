import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it('follows a path inside the site', () => {
    expect(safeReturnUrl('/mon-compte?x=1#quartier')).toBe('/mon-compte?x=1#quartier');
  });

  it('refuses a protocol-relative address', () => {
    expect(safeReturnUrl('//evil.example/x')).toBe('/');
  });

  it('refuses an absolute address', () => {
    expect(safeReturnUrl('https://evil.example')).toBe('/');
  });

  it('refuses a backslash trick that browsers read as another host', () => {
    expect(safeReturnUrl('/\\evil.example')).toBe('/');
  });

  it('uses the fallback when nothing is given', () => {
    expect(safeReturnUrl(undefined, '/mon-compte')).toBe('/mon-compte');
  });

  it('refuses a path hiding a tab that browsers would drop', () => {
    expect(safeReturnUrl('/\t/evil.example')).toBe('/');
  });
});
