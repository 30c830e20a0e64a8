import type { AnswerValue } from './answer.model';
import type { AnswerProblem } from './response.messages';

/**
 * The outcome of checking one answer. `problems` make it unusable; `incomplete` only matter once the
 * response is submitted (too few choices, a ranking half done), so a draft can still be saved and a
 * display condition can already use the answer. `value` is the normalised answer, undefined when the
 * person gave none or when there are `problems`. Each code appears once, so one mistake gives one
 * message.
 */
export interface AnswerCheck {
  value: AnswerValue | undefined;
  problems: AnswerProblem[];
  incomplete: AnswerProblem[];
}

/** A well-formed answer, as it will be stored, with what it still lacks to be submitted. */
export function accept(value: AnswerValue | undefined, incomplete: AnswerProblem[] = []): AnswerCheck {
  return { value, problems: [], incomplete: uniqueCodes(incomplete) };
}

/** A refused answer. */
export function refuse(...problems: AnswerProblem[]): AnswerCheck {
  return { value: undefined, problems: uniqueCodes(problems), incomplete: [] };
}

function uniqueCodes(problems: AnswerProblem[]): AnswerProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(p.code) && seen.add(p.code));
}

/** An object written as `{ … }` in JSON (not null, not a list). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * True when the object has no field besides `allowed`. Unexpected fields are refused rather than
 * dropped, so nothing the person did not see ends up stored with the answer.
 */
export function hasOnlyKeys(value: Record<string, unknown>, allowed: readonly string[]): boolean {
  return Object.keys(value).every((key) => allowed.includes(key));
}
