import { isQuestion, type ConsultationDefinition } from '../question/question.model';
import type { Answers } from './answer.model';
import { isPlainObject } from './answer-check.model';
import { isBlankAnswer } from './blank-answer.rule';
import { problem, type ResponseError } from './response.messages';
import { readResponse } from './response.reader';

/** `partial: true` checks a draft: required questions and unfinished answers are let through. */
export interface ResponseValidationOptions {
  partial?: boolean;
}

/** The answers can be stored: `normalised` is what to store (trimmed, in a stable order, no blanks). */
export interface ValidResponse {
  valid: true;
  normalised: Answers;
}

/** The answers are refused; nothing may be stored. */
export interface InvalidResponse {
  valid: false;
  errors: ResponseError[];
}

/** The outcome of {@link validateResponse}. */
export type ResponseValidation = ValidResponse | InvalidResponse;

/**
 * Checks a person's answers against the consultation, as the server does before storing them and as
 * the form does while the person answers. Errors come in the order of the questions, unknown ids
 * last (sorted), so the same answers always give the same list.
 */
export function validateResponse(
  definition: ConsultationDefinition,
  answers: unknown,
  options: ResponseValidationOptions = {},
): ResponseValidation {
  if (!isPlainObject(answers)) {
    return { valid: false, errors: [{ questionId: null, ...problem('RESPONSE_NOT_OBJECT') }] };
  }
  const errors: ResponseError[] = [];
  const normalised: Answers = {};
  for (const { item, visible, raw, check } of readResponse(definition, answers)) {
    if (!isQuestion(item)) continue;
    if (!visible || !check) {
      // Checked as blank only: what a hidden question would accept does not matter.
      if (!isBlankAnswer(raw)) errors.push({ questionId: item.id, ...problem('HIDDEN_QUESTION_ANSWERED') });
      continue;
    }
    const problems = options.partial ? check.problems : [...check.problems, ...check.incomplete];
    errors.push(...problems.map((p) => ({ questionId: item.id, ...p })));
    if (check.value !== undefined) normalised[item.id] = check.value;
    else if (item.required && !options.partial && check.problems.length === 0) {
      errors.push({ questionId: item.id, ...problem('REQUIRED') });
    }
  }
  const questionIds = new Set(definition.questions.filter(isQuestion).map((q) => q.id));
  for (const id of Object.keys(answers).sort()) {
    if (!questionIds.has(id)) errors.push({ questionId: id, ...problem('UNKNOWN_QUESTION') });
  }
  return errors.length > 0 ? { valid: false, errors } : { valid: true, normalised };
}
