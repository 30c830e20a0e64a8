/**
 * The image limits of @agora/contracts, repeated because the web imports only types from the
 * contracts (their validators stay out of the bundle); the spec fails if they drift apart.
 */
const PROPOSAL_IMAGE_MAX_BYTES = 5 * 1024 * 1024;
export const IMAGE_MAX_COUNT = 5;
export const IMAGE_TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/webp'];

/** What is wrong with the chosen images (the API checks again, from the bytes), as a dictionary key, or null. */
export function ideaImagesProblem(
  files: readonly { name: string; type: string; size: number }[],
): { key: string; params: Record<string, string | number> } | null {
  if (files.length > IMAGE_MAX_COUNT)
    return { key: 'ideas.form.imagesTooMany', params: { max: IMAGE_MAX_COUNT } };
  for (const file of files) {
    if (!IMAGE_TYPES.includes(file.type)) return { key: 'ideas.form.imageType', params: { name: file.name } };
    if (file.size > PROPOSAL_IMAGE_MAX_BYTES)
      return { key: 'ideas.form.imageSize', params: { name: file.name, max: PROPOSAL_IMAGE_MAX_BYTES / 1024 / 1024 } };
  }
  return null;
}
