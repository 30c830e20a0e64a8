/**
 * The page to go back to after signing in, taken from `?retour=`. Only paths inside this site are
 * followed: `//evil.example` or `https://…` would turn the sign-in page into an open redirect.
 */
export function safeReturnUrl(candidate: string | null | undefined, fallback = '/'): string {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) {
    return fallback;
  }
  // Browsers drop tabs and newlines from URLs, so `/\t/evil.example` would become `//evil.example`.
  if ([...candidate].some((character) => character.charCodeAt(0) < 32)) return fallback;
  return candidate;
}
