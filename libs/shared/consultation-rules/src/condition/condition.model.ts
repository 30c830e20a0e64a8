/**
 * Operators a display condition can use. Which ones fit which question type is decided by
 * `operatorsFor` in condition.rule.ts.
 */
export const CONDITION_OPERATORS = [
  'equals',
  'notEquals',
  'includes',
  'excludes',
  'gte',
  'gt',
  'lte',
  'lt',
  'answered',
  'notAnswered',
] as const;

/** One operator of {@link CONDITION_OPERATORS}. */
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

/**
 * "Show if question `questionId` `operator` `value`", e.g. `{ questionId: 'q3', operator: 'equals',
 * value: true }` for "show if Q3 = Oui". The value is an option id for choices, a boolean for yes/no,
 * a number for scales, ratings and numbers, a `YYYY-MM-DD` date for dates, and absent for
 * `answered` / `notAnswered`.
 */
export interface ConditionRule {
  questionId: string;
  operator: ConditionOperator;
  value?: string | number | boolean;
}

/** Shown when every condition holds. */
export interface AllCondition {
  all: DisplayCondition[];
}

/** Shown when at least one condition holds. */
export interface AnyCondition {
  any: DisplayCondition[];
}

/** When a question (or a section, or a help text) is shown. */
export type DisplayCondition = ConditionRule | AllCondition | AnyCondition;
