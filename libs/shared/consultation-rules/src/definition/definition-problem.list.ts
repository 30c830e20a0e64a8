import {
  DEFINITION_MESSAGES,
  type DefinitionProblem,
  type DefinitionProblemCode,
} from './definition.messages';

/** Problems found so far, in the order they are met, which is the order of the definition. */
export class DefinitionProblemList {
  readonly problems: DefinitionProblem[] = [];

  add(path: string, code: DefinitionProblemCode): void {
    this.problems.push({ path, code, message: DEFINITION_MESSAGES[code] });
  }
}

/**
 * Ids are keys of answers, CSV column names and URL fragments, so they keep to a safe alphabet; it
 * also keeps out `__proto__` and friends, which would corrupt plain objects used as maps. UUIDs fit.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** True for a string matching {@link ID_PATTERN}. */
export function isValidId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}
