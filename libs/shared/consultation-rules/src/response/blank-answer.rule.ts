/**
 * True when a submitted value says "no answer": null, undefined, a text of spaces, an empty list, or
 * an object whose fields are all blank (a multiple choice with nothing ticked and an empty "Autre",
 * a matrix with no row filled). Forms send such values for untouched fields, so they are treated as
 * absent rather than as malformed answers. Numbers and booleans are never blank: 0 and "Non" are
 * answers.
 */
export function isBlankAnswer(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isBlankAnswer);
  return false;
}
