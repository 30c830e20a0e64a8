/**
 * Where uploaded files live. The disk implementation is the default; an S3-compatible one can be
 * provided under FILE_STORAGE later without touching the modules that store files.
 */
export interface FileStorage {
  /** Stores the bytes under `key` (a path made of safe segments, e.g. `proposals/<uuid>.jpg`). */
  put(key: string, content: Buffer, contentType: string): Promise<void>;
  /** The bytes stored under `key`, or null when there are none. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the file; removing a missing file is not an error. */
  delete(key: string): Promise<void>;
}

export const FILE_STORAGE = Symbol('FILE_STORAGE');

/** Keys are built by the API only; this check stops a bug from ever writing outside the uploads folder. */
const SAFE_KEY = /^[a-z0-9-]+(\/[a-z0-9-]+)*\.[a-z0-9]+$/;

export function assertSafeKey(key: string): void {
  if (!SAFE_KEY.test(key)) throw new Error(`Unsafe storage key: ${key}`);
}
