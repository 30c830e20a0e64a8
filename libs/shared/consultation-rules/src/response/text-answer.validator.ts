import {
  maxTextLength,
  TEXT_LIMITS,
  type LongTextQuestion,
  type ShortTextQuestion,
} from '../question/question.model';
import { accept, refuse, type AnswerCheck } from './answer-check.model';
import { isBlankAnswer } from './blank-answer.rule';
import { problem, type AnswerProblem } from './response.messages';
import { countCharacters, normaliseText } from './text.rule';

/** Short and long text: a string, normalised, within the question's length. */
export function checkTextAnswer(question: ShortTextQuestion | LongTextQuestion, raw: unknown): AnswerCheck {
  if (typeof raw !== 'string') return refuse(problem('INVALID_ANSWER_TYPE'));
  const text = normaliseText(raw);
  const max = maxTextLength(question);
  return countCharacters(text) > max ? refuse(problem('TEXT_TOO_LONG', max)) : accept(text);
}

/**
 * The "Autre" text of a choice: absent when blank (an empty "Autre" box means "Autre" was not
 * chosen), refused when "Autre" is not offered or the text is too long.
 */
export function readOtherText(
  raw: unknown,
  allowOther: boolean | undefined,
): { text?: string; problems: AnswerProblem[] } {
  if (isBlankAnswer(raw)) return { problems: [] };
  if (typeof raw !== 'string') return { problems: [problem('INVALID_ANSWER_TYPE')] };
  if (!allowOther) return { problems: [problem('OTHER_NOT_ALLOWED')] };
  const text = normaliseText(raw);
  if (countCharacters(text) > TEXT_LIMITS.otherText) {
    return { problems: [problem('OTHER_TEXT_TOO_LONG', TEXT_LIMITS.otherText)] };
  }
  return { text, problems: [] };
}
