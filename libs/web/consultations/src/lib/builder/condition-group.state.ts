import type { ConditionRule, DisplayCondition } from '@agora/consultation-rules';

/** How the rules of a combined condition join: every one holds (ET), or at least one (OU). */
export type ConditionJoin = 'all' | 'any';

/** A display condition as the builder edits it: a flat list of rules and how they join. */
export interface ConditionGroup {
  rules: ConditionRule[];
  join: ConditionJoin;
}

const isRule = (condition: DisplayCondition): condition is ConditionRule => 'questionId' in condition;

/**
 * The condition as a flat group, or null when it nests groups (all of any…), which the rules
 * library accepts but this form does not edit: the builder then offers to remove it only.
 */
export function groupOf(condition: DisplayCondition | undefined): ConditionGroup | null {
  if (condition === undefined) return { rules: [], join: 'all' };
  if (isRule(condition)) return { rules: [condition], join: 'all' };
  const join: ConditionJoin = 'all' in condition ? 'all' : 'any';
  const members = 'all' in condition ? condition.all : condition.any;
  if (!members.every(isRule)) return null;
  return { rules: members as ConditionRule[], join };
}

/** Back to the stored shape: nothing, one rule, or `{ all }` / `{ any }` of several. */
export function conditionOf(group: ConditionGroup): DisplayCondition | undefined {
  if (!group.rules.length) return undefined;
  if (group.rules.length === 1) return group.rules[0];
  return group.join === 'all' ? { all: group.rules } : { any: group.rules };
}
