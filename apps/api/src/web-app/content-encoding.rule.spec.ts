import { cacheControlFor, isCompressibleType, pickContentEncoding } from './content-encoding.rule';

describe('pickContentEncoding', () => {
  it('prefers Brotli when the browser accepts it', () => {
    expect(pickContentEncoding('gzip, deflate, br, zstd')).toBe('br');
  });

  it('falls back to gzip', () => {
    expect(pickContentEncoding('gzip, deflate')).toBe('gzip');
  });

  it('respects an encoding refused with q=0', () => {
    expect(pickContentEncoding('br;q=0, gzip;q=0.8')).toBe('gzip');
  });

  it('sends plain bytes when nothing usable is accepted', () => {
    expect(pickContentEncoding(undefined)).toBeNull();
    expect(pickContentEncoding('identity')).toBeNull();
  });
});

describe('isCompressibleType', () => {
  it('compresses JSON, scripts, stylesheets and HTML', () => {
    for (const type of [
      'application/json; charset=utf-8',
      'text/javascript; charset=UTF-8',
      'text/css',
      'text/html',
    ]) {
      expect(isCompressibleType(type)).toBe(true);
    }
  });

  it('leaves event streams, images and unknown bodies alone', () => {
    for (const type of ['text/event-stream', 'image/png', 'application/octet-stream', undefined]) {
      expect(isCompressibleType(type)).toBe(false);
    }
  });
});

describe('cacheControlFor', () => {
  it('lets browsers keep content-hashed build files for a year', () => {
    expect(cacheControlFor('chunk-HLMLU3UL.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('styles-3U6VUWON.css')).toBe('public, max-age=31536000, immutable');
  });

  it('has index.html revalidated on every visit', () => {
    expect(cacheControlFor('index.html')).toBe('no-cache');
  });

  it('keeps files without a hash for an hour only', () => {
    expect(cacheControlFor('favicon.svg')).toBe('public, max-age=3600');
  });
});
