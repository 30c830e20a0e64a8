import type { DisplayCondition } from '@agora/consultation-rules';

import { conditionOf, groupOf } from './condition-group.state';

const yes = { questionId: 'q1', operator: 'equals' as const, value: true };
const many = { questionId: 'q2', operator: 'gte' as const, value: 3 };

describe('condition groups in the builder', () => {
  it('reads no condition as an empty group and writes it back as none', () => {
    expect(groupOf(undefined)).toEqual({ rules: [], join: 'all' });
    expect(conditionOf({ rules: [], join: 'any' })).toBeUndefined();
  });

  it('keeps a single rule as a plain rule, whatever the join', () => {
    expect(groupOf(yes)).toEqual({ rules: [yes], join: 'all' });
    expect(conditionOf({ rules: [yes], join: 'any' })).toEqual(yes);
  });

  it('round-trips "all" and "any" of several rules', () => {
    for (const condition of [{ all: [yes, many] }, { any: [yes, many] }] as DisplayCondition[]) {
      expect(conditionOf(groupOf(condition)!)).toEqual(condition);
    }
    expect(groupOf({ any: [yes, many] })?.join).toBe('any');
  });

  it('does not edit nested groups', () => {
    expect(groupOf({ all: [yes, { any: [many, yes] }] })).toBeNull();
  });
});
