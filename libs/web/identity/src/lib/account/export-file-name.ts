const FALLBACK = 'agora-mes-donnees.json';

/**
 * The file name the API gives in `Content-Disposition` (`filename*=UTF-8''…` preferred over
 * `filename="…"`, as RFC 6266 says), without any folder part a hostile header could slip in.
 */
export function exportFileName(contentDisposition: string | null): string {
  if (!contentDisposition) return FALLBACK;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(contentDisposition)?.[1];
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(contentDisposition)?.[1];
  let name = extended ?? plain;
  if (!name) return FALLBACK;
  try {
    name = decodeURIComponent(name.trim());
  } catch {
    return FALLBACK;
  }
  const base = name.split(/[\\/]/).pop()?.trim();
  return base && base !== '.' && base !== '..' ? base : FALLBACK;
}
