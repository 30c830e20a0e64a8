import type {
  DateQuestion,
  LinearScaleQuestion,
  NumberQuestion,
  RatingQuestion,
} from '../question/question.model';
import { accept, refuse, type AnswerCheck } from './answer-check.model';
import { isIsoDate } from './date.rule';
import { problem } from './response.messages';

/** Linear scale: a whole number from `min` to `max`. */
export function checkLinearScaleAnswer(question: LinearScaleQuestion, raw: unknown): AnswerCheck {
  return checkWholeNumber(raw, question.min, question.max);
}

/** Rating: a whole number of stars from 1 to `stars`. */
export function checkRatingAnswer(question: RatingQuestion, raw: unknown): AnswerCheck {
  return checkWholeNumber(raw, 1, question.stars);
}

function checkWholeNumber(raw: unknown, min: number, max: number): AnswerCheck {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return refuse(problem('INVALID_ANSWER_TYPE'));
  if (!Number.isInteger(raw)) return refuse(problem('NOT_A_WHOLE_NUMBER'));
  if (raw < min) return refuse(problem('VALUE_TOO_LOW', min));
  if (raw > max) return refuse(problem('VALUE_TOO_HIGH', max));
  return accept(raw);
}

/**
 * Number: within the bounds and on the step counted from `min` (or from 0). Decimal steps such as
 * 0.1 are not exact in binary, so "on the step" allows a rounding error far below any step a form
 * would offer.
 */
export function checkNumberAnswer(question: NumberQuestion, raw: unknown): AnswerCheck {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return refuse(problem('INVALID_ANSWER_TYPE'));
  const { min, max, step } = question;
  if (min !== undefined && raw < min) return refuse(problem('VALUE_TOO_LOW', min));
  if (max !== undefined && raw > max) return refuse(problem('VALUE_TOO_HIGH', max));
  if (step !== undefined && !isOnStep(raw, min ?? 0, step)) {
    const wholeNumbers = step === 1 && Number.isInteger(min ?? 0);
    return refuse(wholeNumbers ? problem('NOT_A_WHOLE_NUMBER') : problem('STEP_MISMATCH', step));
  }
  // -0 and 0 are the same answer; JSON would not tell them apart anyway.
  return accept(raw === 0 ? 0 : raw);
}

/** True when `value` is `base` plus a whole number of `step`s, give or take a binary rounding error. */
export function isOnStep(value: number, base: number, step: number): boolean {
  const steps = (value - base) / step;
  return Math.abs(steps - Math.round(steps)) <= 1e-9 * Math.max(1, Math.abs(steps));
}

/** Date: a real `YYYY-MM-DD` date within the bounds, both inclusive. */
export function checkDateAnswer(question: DateQuestion, raw: unknown): AnswerCheck {
  if (typeof raw !== 'string') return refuse(problem('INVALID_ANSWER_TYPE'));
  const date = raw.trim();
  if (!isIsoDate(date)) return refuse(problem('INVALID_DATE'));
  if (question.min !== undefined && date < question.min)
    return refuse(problem('DATE_TOO_EARLY', question.min));
  if (question.max !== undefined && date > question.max)
    return refuse(problem('DATE_TOO_LATE', question.max));
  return accept(date);
}
