import { CONDITION_OPERATORS, type ConditionOperator } from '../condition/condition.model';
import { operatorsFor } from '../condition/condition.rule';
import { isQuestion, type ConsultationItem, type Question } from '../question/question.model';
import { isPlainObject } from '../response/answer-check.model';
import { isIsoDate } from '../response/date.rule';
import type { DefinitionProblemList } from './definition-problem.list';
import type { DefinitionProblemCode } from './definition.messages';
import { isFiniteNumber } from './item-definition.validator';

/**
 * How deep `all` / `any` groups may nest. Two levels ("A and (B or C)") cover what officials write;
 * deeper trees are unreadable in the builder and in the preview.
 */
export const MAX_CONDITION_DEPTH = 3;

/** Where each item id first appears, so a condition can tell earlier questions from later ones. */
export interface ItemIndex {
  positions: ReadonlyMap<string, number>;
  items: readonly ConsultationItem[];
}

/** Checks the condition of the item at `position`. */
export function checkCondition(
  condition: unknown,
  path: string,
  position: number,
  index: ItemIndex,
  list: DefinitionProblemList,
  depth = 1,
): void {
  if (!isPlainObject(condition)) return list.add(path, 'CONDITION_MALFORMED');
  const group = Array.isArray(condition['all']) ? 'all' : Array.isArray(condition['any']) ? 'any' : undefined;
  if (group !== undefined) {
    const members = condition[group] as unknown[];
    if (members.length === 0 || Object.keys(condition).length !== 1)
      return list.add(path, 'CONDITION_MALFORMED');
    if (depth > MAX_CONDITION_DEPTH) return list.add(path, 'CONDITION_TOO_DEEP');
    members.forEach((member, i) =>
      checkCondition(member, `${path}.${group}[${i}]`, position, index, list, depth + 1),
    );
    return;
  }
  const { questionId, operator } = condition;
  if (typeof questionId !== 'string' || !CONDITION_OPERATORS.includes(operator as ConditionOperator)) {
    return list.add(path, 'CONDITION_MALFORMED');
  }
  const sourcePosition = index.positions.get(questionId);
  if (sourcePosition === undefined) return list.add(`${path}.questionId`, 'CONDITION_UNKNOWN_QUESTION');
  if (sourcePosition >= position) return list.add(`${path}.questionId`, 'CONDITION_FORWARD_REFERENCE');
  const source = index.items[sourcePosition];
  if (!isQuestion(source)) return list.add(`${path}.questionId`, 'CONDITION_ON_NON_ANSWERABLE');
  if (!operatorsFor(source.type).includes(operator as ConditionOperator)) {
    return list.add(`${path}.operator`, 'CONDITION_OPERATOR_INCOMPATIBLE');
  }
  const problem = checkValue(source, operator as ConditionOperator, condition['value']);
  if (problem) list.add(`${path}.value`, problem);
}

/** Whether the value is one the source question could be answered with. */
function checkValue(
  source: Question,
  operator: ConditionOperator,
  value: unknown,
): DefinitionProblemCode | undefined {
  if (operator === 'answered' || operator === 'notAnswered') {
    return value === undefined ? undefined : 'CONDITION_VALUE_INVALID';
  }
  switch (source.type) {
    case 'single-choice':
    case 'dropdown':
    case 'multiple-choice': {
      if (typeof value !== 'string') return 'CONDITION_VALUE_INVALID';
      const options = Array.isArray(source.options) ? source.options : [];
      return options.some((o) => o.id === value) ? undefined : 'CONDITION_UNKNOWN_OPTION';
    }
    case 'yes-no':
      return typeof value === 'boolean' ? undefined : 'CONDITION_VALUE_INVALID';
    case 'linear-scale':
      return isWholeIn(value, source.min, source.max) ? undefined : 'CONDITION_VALUE_INVALID';
    case 'rating':
      return isWholeIn(value, 1, source.stars) ? undefined : 'CONDITION_VALUE_INVALID';
    case 'number':
      return isFiniteNumber(value) && isWithin(value, source.min, source.max)
        ? undefined
        : 'CONDITION_VALUE_INVALID';
    case 'date':
      return isIsoDate(value) && isWithin(value, source.min, source.max)
        ? undefined
        : 'CONDITION_VALUE_INVALID';
    default:
      return 'CONDITION_VALUE_INVALID';
  }
}

/** A condition on a value the question can never take would silently never hold. */
function isWholeIn(value: unknown, min: number, max: number): boolean {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
}

function isWithin<T extends number | string>(value: T, min: T | undefined, max: T | undefined): boolean {
  return (min === undefined || value >= min) && (max === undefined || value <= max);
}
