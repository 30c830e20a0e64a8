/**
 * PostgreSQL's uuid syntax in its canonical form (any version: ids come from gen_random_uuid() but a
 * caller may send any well-formed one). Checked before querying so a malformed id is a 400 with a
 * clear message rather than a database error.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): boolean {
  return typeof value === 'string' && UUID.test(value);
}
