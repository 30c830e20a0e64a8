/** The file name of a process image in its URL: a random id and the extension of the sniffed type. */
const IMAGE_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(jpg|png|webp)$/;

/**
 * Each upload gets a new URL, so browsers and proxies may cache an image for long without ever
 * showing the previous one after a change.
 */
export function processImageUrl(processId: string, file: string): string {
  return `/api/processes/${processId}/image/${file}`;
}

/** Where the bytes of the image live in the file storage (see uploads/file-storage.ts). */
export function processImageKey(processId: string, file: string): string {
  return `processes/${processId}/${file}`;
}

/** The file name from an URL parameter, or null when it is not one the API could have made. */
export function processImageFile(candidate: string): string | null {
  return IMAGE_FILE.test(candidate) ? candidate : null;
}

/** The storage key behind an `imagePath` the API wrote, or null for anything else (old or foreign values). */
export function storedImageKey(processId: string, imagePath: string | null): string | null {
  const prefix = processImageUrl(processId, '');
  if (!imagePath?.startsWith(prefix)) return null;
  const file = processImageFile(imagePath.slice(prefix.length));
  return file ? processImageKey(processId, file) : null;
}
