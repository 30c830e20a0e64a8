export type ContentEncoding = 'br' | 'gzip';

/**
 * The best encoding the client accepts: Brotli, then gzip, else none. Honours `q=0` (refused) and
 * ignores `*`, which few clients send and which would only ever mean gzip here.
 */
export function pickContentEncoding(acceptEncoding: string | string[] | undefined): ContentEncoding | null {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : (acceptEncoding ?? '');
  const accepted = new Set<string>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

/** Text worth compressing; already-compressed formats (images, fonts, archives) and event streams are not. */
export function isCompressibleType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (type === 'text/event-stream') return false;
  return (
    type.startsWith('text/') ||
    type === 'application/json' ||
    type.endsWith('+json') ||
    type === 'application/javascript' ||
    type === 'application/xml' ||
    type.endsWith('+xml') ||
    type === 'image/svg+xml'
  );
}

/**
 * Angular's production build names every script and stylesheet after a hash of its content
 * (`main-I35BUVZ7.js`, `chunk-HLMLU3UL.js`, `styles-3U6VUWON.css`), so such a file never changes and
 * a browser may keep it for a year. index.html must be revalidated on every visit, else a browser
 * would keep asking for chunks a new release has removed; other files (favicon) change rarely.
 */
export function cacheControlFor(fileName: string): string {
  if (fileName === 'index.html') return 'no-cache';
  if (/-[A-Z0-9]{8}\.(js|css|mjs|woff2?|png|jpe?g|svg|webp|avif)$/.test(fileName)) {
    return 'public, max-age=31536000, immutable';
  }
  return 'public, max-age=3600';
}
