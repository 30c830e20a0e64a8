import type { DisplayCondition } from './condition.model';
import { evaluateCondition, operatorsFor } from './condition.rule';

const shown = (entries: Record<string, unknown>) => new Map(Object.entries(entries)) as never;
const rule = (questionId: string, operator: string, value?: unknown) =>
  ({ questionId, operator, value }) as DisplayCondition;

describe('evaluateCondition', () => {
  it('holds when a yes/no answer equals the value ("show if Q3 = Oui")', () => {
    expect(evaluateCondition(rule('q3', 'equals', true), shown({ q3: true }))).toBe(true);
  });

  it('does not hold when a yes/no answer differs', () => {
    expect(evaluateCondition(rule('q3', 'equals', true), shown({ q3: false }))).toBe(false);
  });

  it('compares a single choice by option id', () => {
    expect(evaluateCondition(rule('q1', 'equals', 'weekly'), shown({ q1: { optionId: 'weekly' } }))).toBe(
      true,
    );
  });

  it('holds "not equals" for an "other" answer', () => {
    expect(evaluateCondition(rule('q1', 'notEquals', 'weekly'), shown({ q1: { other: 'Jamais' } }))).toBe(
      true,
    );
  });

  it('holds when a multiple choice includes the option ("if Q5 includes X")', () => {
    expect(
      evaluateCondition(rule('q5', 'includes', 'fish'), shown({ q5: { optionIds: ['fruit', 'fish'] } })),
    ).toBe(true);
  });

  it('holds "excludes" when the option is not ticked', () => {
    expect(evaluateCondition(rule('q5', 'excludes', 'fish'), shown({ q5: { optionIds: ['fruit'] } }))).toBe(
      true,
    );
  });

  it('holds "scale ≥ 4" for a 4', () => {
    expect(evaluateCondition(rule('q2', 'gte', 4), shown({ q2: 4 }))).toBe(true);
  });

  it('does not hold "scale ≥ 4" for a 3', () => {
    expect(evaluateCondition(rule('q2', 'gte', 4), shown({ q2: 3 }))).toBe(false);
  });

  it('holds "lt" on dates compared chronologically', () => {
    expect(evaluateCondition(rule('d', 'lt', '2025-10-01'), shown({ d: '2025-09-30' }))).toBe(true);
  });

  it('holds "answered" for any answer', () => {
    expect(evaluateCondition(rule('t', 'answered'), shown({ t: 'Bonjour' }))).toBe(true);
  });

  it('holds "not answered" for a shown question left blank', () => {
    expect(evaluateCondition(rule('t', 'notAnswered'), shown({ t: undefined }))).toBe(true);
  });

  it('does not hold "not answered" when the source question is hidden', () => {
    expect(evaluateCondition(rule('t', 'notAnswered'), shown({}))).toBe(false);
  });

  it('does not hold "not equals" when the source question is unanswered', () => {
    expect(evaluateCondition(rule('q1', 'notEquals', 'weekly'), shown({ q1: undefined }))).toBe(false);
  });

  it('holds "all" only when every part holds', () => {
    const condition = { all: [rule('a', 'equals', true), rule('b', 'gte', 3)] };
    expect(evaluateCondition(condition, shown({ a: true, b: 2 }))).toBe(false);
  });

  it('holds "any" when one part holds', () => {
    const condition = { any: [rule('a', 'equals', true), rule('b', 'gte', 3)] };
    expect(evaluateCondition(condition, shown({ a: false, b: 3 }))).toBe(true);
  });

  it('never holds when comparing a number with a date', () => {
    expect(evaluateCondition(rule('q2', 'gte', '2025-01-01'), shown({ q2: 4 }))).toBe(false);
  });
});

describe('operatorsFor', () => {
  it('offers includes / excludes for multiple choice', () => {
    expect(operatorsFor('multiple-choice')).toEqual(['includes', 'excludes', 'answered', 'notAnswered']);
  });

  it('offers only answered / not answered for free text', () => {
    expect(operatorsFor('long-text')).toEqual(['answered', 'notAnswered']);
  });

  it('offers comparisons for scales', () => {
    expect(operatorsFor('linear-scale')).toContain('gte');
  });
});
