/** What the API accepts for a timeline photo (it checks the bytes again). */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;

/** A photo waiting to be sent with an update. */
export interface PhotoDraft {
  file: { name: string; type: string; size: number } | null;
  alt: string;
}

/** The first problem with a photo, as a dictionary key and its parameters, or null. */
export function photoProblem(
  photo: PhotoDraft,
): { key: string; params: Record<string, string | number> } | null {
  if (!photo.file) return { key: 'works.staff.update.photoMissing', params: {} };
  if (!(PHOTO_TYPES as readonly string[]).includes(photo.file.type)) {
    return { key: 'works.staff.update.photoType', params: { name: photo.file.name } };
  }
  if (photo.file.size > PHOTO_MAX_BYTES) {
    return { key: 'works.staff.update.photoSize', params: { name: photo.file.name, max: 5 } };
  }
  if (!photo.alt.trim()) return { key: 'works.staff.update.photoAlt', params: {} };
  if (photo.alt.length > 300) return { key: 'works.staff.update.photoAltLong', params: { max: 300 } };
  return null;
}
