import type {
  ChoiceOption,
  DropdownQuestion,
  MultipleChoiceQuestion,
  SingleChoiceQuestion,
} from '../question/question.model';
import { accept, hasOnlyKeys, isPlainObject, refuse, type AnswerCheck } from './answer-check.model';
import { isBlankAnswer } from './blank-answer.rule';
import { problem, type AnswerProblem } from './response.messages';
import { readOtherText } from './text-answer.validator';

/** Single choice: `{ optionId }` or `{ other }`, never both. */
export function checkSingleChoiceAnswer(question: SingleChoiceQuestion, raw: unknown): AnswerCheck {
  if (!isPlainObject(raw) || !hasOnlyKeys(raw, ['optionId', 'other']))
    return refuse(problem('INVALID_ANSWER_TYPE'));
  const hasOption = !isBlankAnswer(raw['optionId']);
  const hasOther = !isBlankAnswer(raw['other']);
  if (hasOption && hasOther) return refuse(problem('INVALID_ANSWER_TYPE'));
  if (hasOption) return checkOptionId(question.options, raw['optionId']);
  const other = readOtherText(raw['other'], question.allowOther);
  return other.problems.length > 0 ? refuse(...other.problems) : accept({ other: other.text as string });
}

/** Dropdown: `{ optionId }`. */
export function checkDropdownAnswer(question: DropdownQuestion, raw: unknown): AnswerCheck {
  if (!isPlainObject(raw) || !hasOnlyKeys(raw, ['optionId'])) return refuse(problem('INVALID_ANSWER_TYPE'));
  return checkOptionId(question.options, raw['optionId']);
}

function checkOptionId(options: ChoiceOption[], optionId: unknown): AnswerCheck {
  if (typeof optionId !== 'string') return refuse(problem('INVALID_ANSWER_TYPE'));
  return options.some((o) => o.id === optionId) ? accept({ optionId }) : refuse(problem('UNKNOWN_OPTION'));
}

/**
 * Multiple choice: `{ optionIds, other? }`. "Autre" counts as one selection for the minimum and
 * maximum, as it does on the form. The ids are stored in the order of the question, so two people
 * ticking the same boxes in a different order store the same answer.
 */
export function checkMultipleChoiceAnswer(question: MultipleChoiceQuestion, raw: unknown): AnswerCheck {
  if (!isPlainObject(raw) || !hasOnlyKeys(raw, ['optionIds', 'other']))
    return refuse(problem('INVALID_ANSWER_TYPE'));
  const ids = raw['optionIds'] ?? [];
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string'))
    return refuse(problem('INVALID_ANSWER_TYPE'));
  const problems: AnswerProblem[] = [];
  const known = new Set(question.options.map((o) => o.id));
  if (ids.some((id) => !known.has(id))) problems.push(problem('UNKNOWN_OPTION'));
  if (new Set(ids).size !== ids.length) problems.push(problem('DUPLICATE_OPTION'));
  const other = readOtherText(raw['other'], question.allowOther);
  problems.push(...other.problems);
  const count = ids.length + (other.text === undefined ? 0 : 1);
  if (question.maxSelections !== undefined && count > question.maxSelections) {
    problems.push(problem('TOO_MANY_SELECTIONS', question.maxSelections));
  }
  if (problems.length > 0) return refuse(...problems);
  const incomplete =
    question.minSelections !== undefined && count < question.minSelections
      ? [problem('TOO_FEW_SELECTIONS', question.minSelections)]
      : [];
  const chosen = question.options.filter((o) => ids.includes(o.id)).map((o) => o.id);
  return accept(
    other.text === undefined ? { optionIds: chosen } : { optionIds: chosen, other: other.text },
    incomplete,
  );
}

/** Yes/no: a boolean. */
export function checkYesNoAnswer(raw: unknown): AnswerCheck {
  return typeof raw === 'boolean' ? accept(raw) : refuse(problem('INVALID_ANSWER_TYPE'));
}
