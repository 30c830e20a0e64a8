/**
 * The limits of @agora/contracts that the browser checks before sending (the web imports only types
 * from the contracts). `proposal.limits.spec.ts` fails if they drift apart.
 */
export const IMAGE_MAX_BYTES = 5 * 1024 * 1024;
export const IMAGE_MAX_COUNT = 5;
export const IMAGE_TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/webp'];
export const COMMENT_DEPTH_LIMIT = 2;

/** What is wrong with the chosen images, as a dictionary key and parameters, or null. */
export function imagesProblem(
  files: readonly File[],
): { key: string; params: Record<string, string | number> } | null {
  if (files.length > IMAGE_MAX_COUNT)
    return { key: 'budgets.form.imagesTooMany', params: { max: IMAGE_MAX_COUNT } };
  for (const file of files) {
    if (!IMAGE_TYPES.includes(file.type))
      return { key: 'budgets.form.imageType', params: { name: file.name } };
    if (file.size > IMAGE_MAX_BYTES)
      return { key: 'budgets.form.imageSize', params: { name: file.name, max: 5 } };
  }
  return null;
}
