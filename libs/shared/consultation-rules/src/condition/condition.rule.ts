import type { QuestionType } from '../question/question.model';
import type { AnswerValue } from '../response/answer.model';
import type { ConditionOperator, ConditionRule, DisplayCondition } from './condition.model';

const PRESENCE: readonly ConditionOperator[] = ['answered', 'notAnswered'];
const ORDERED: readonly ConditionOperator[] = ['equals', 'notEquals', 'gte', 'gt', 'lte', 'lt', ...PRESENCE];

/**
 * Operators a condition may use on a question of this type. Texts, rankings, matrices and map points
 * only offer answered / not answered: comparing free text or a whole ranking would be fragile and
 * hard for an official to read back.
 */
export function operatorsFor(type: QuestionType): readonly ConditionOperator[] {
  switch (type) {
    case 'single-choice':
    case 'dropdown':
      return ['equals', 'notEquals', ...PRESENCE];
    case 'multiple-choice':
      return ['includes', 'excludes', ...PRESENCE];
    case 'yes-no':
      return ['equals', ...PRESENCE];
    case 'linear-scale':
    case 'rating':
    case 'number':
    case 'date':
      return ORDERED;
    default:
      return PRESENCE;
  }
}

/** True for a single "question operator value" rule, false for an `all` / `any` group. */
export function isConditionRule(condition: DisplayCondition): condition is ConditionRule {
  return 'questionId' in condition;
}

/**
 * The answers a condition can look at: the well-formed answers of the questions shown so far. A
 * question that is hidden has no entry, so a rule about it is false: what depends on a hidden
 * question is hidden too.
 */
export type ShownAnswers = ReadonlyMap<string, AnswerValue | undefined>;

/** True when the item carrying this condition is shown. */
export function evaluateCondition(condition: DisplayCondition, shown: ShownAnswers): boolean {
  if (typeof condition !== 'object' || condition === null) return false;
  if ('all' in condition)
    return Array.isArray(condition.all) && condition.all.every((c) => evaluateCondition(c, shown));
  if ('any' in condition)
    return Array.isArray(condition.any) && condition.any.some((c) => evaluateCondition(c, shown));
  return isConditionRule(condition) && evaluateRule(condition, shown);
}

function evaluateRule(rule: ConditionRule, shown: ShownAnswers): boolean {
  if (!shown.has(rule.questionId)) return false;
  const answer = shown.get(rule.questionId);
  if (rule.operator === 'answered') return answer !== undefined;
  if (rule.operator === 'notAnswered') return answer === undefined;
  // Every other operator compares with the answer, so no answer means the condition does not hold.
  if (answer === undefined) return false;
  switch (rule.operator) {
    case 'equals':
      return scalarOf(answer) === rule.value;
    case 'notEquals':
      return scalarOf(answer) !== rule.value;
    case 'includes':
      return selectedIds(answer).includes(rule.value as string);
    case 'excludes':
      return !selectedIds(answer).includes(rule.value as string);
    default:
      return compare(scalarOf(answer), rule.value, rule.operator);
  }
}

/** The comparable part of an answer: the chosen option id of a choice, the answer itself otherwise. */
function scalarOf(answer: AnswerValue): unknown {
  if (typeof answer === 'object' && answer !== null && !Array.isArray(answer) && 'optionId' in answer) {
    return answer.optionId;
  }
  return answer;
}

function selectedIds(answer: AnswerValue): unknown[] {
  return typeof answer === 'object' &&
    answer !== null &&
    'optionIds' in answer &&
    Array.isArray(answer.optionIds)
    ? answer.optionIds
    : [];
}

function compare(left: unknown, right: unknown, operator: ConditionOperator): boolean {
  // Numbers compare as numbers and `YYYY-MM-DD` dates as strings; mixing the two never holds.
  const comparable =
    (typeof left === 'number' && typeof right === 'number') ||
    (typeof left === 'string' && typeof right === 'string');
  if (!comparable) return false;
  const [a, b] = [left as number | string, right as number | string];
  switch (operator) {
    case 'gte':
      return a >= b;
    case 'gt':
      return a > b;
    case 'lte':
      return a <= b;
    case 'lt':
      return a < b;
    default:
      return false;
  }
}
