import type { Question } from '../question/question.model';
import { accept, type AnswerCheck } from './answer-check.model';
import { isBlankAnswer } from './blank-answer.rule';
import {
  checkDropdownAnswer,
  checkMultipleChoiceAnswer,
  checkSingleChoiceAnswer,
  checkYesNoAnswer,
} from './choice-answer.validator';
import {
  checkDateAnswer,
  checkLinearScaleAnswer,
  checkNumberAnswer,
  checkRatingAnswer,
} from './numeric-answer.validator';
import { checkMapPointAnswer, checkMatrixAnswer, checkRankingAnswer } from './structured-answer.validator';
import { checkTextAnswer } from './text-answer.validator';

/**
 * Checks one answer against its question, whether or not the question is shown or required (the
 * response validator decides that). A blank value is no answer, not a wrong one.
 */
export function checkAnswer(question: Question, raw: unknown): AnswerCheck {
  if (isBlankAnswer(raw)) return accept(undefined);
  switch (question.type) {
    case 'short-text':
    case 'long-text':
      return checkTextAnswer(question, raw);
    case 'single-choice':
      return checkSingleChoiceAnswer(question, raw);
    case 'dropdown':
      return checkDropdownAnswer(question, raw);
    case 'multiple-choice':
      return checkMultipleChoiceAnswer(question, raw);
    case 'yes-no':
      return checkYesNoAnswer(raw);
    case 'linear-scale':
      return checkLinearScaleAnswer(question, raw);
    case 'rating':
      return checkRatingAnswer(question, raw);
    case 'number':
      return checkNumberAnswer(question, raw);
    case 'date':
      return checkDateAnswer(question, raw);
    case 'ranking':
      return checkRankingAnswer(question, raw);
    case 'matrix':
      return checkMatrixAnswer(question, raw);
    case 'map-point':
      return checkMapPointAnswer(question, raw);
  }
}
