import type { DisplayCondition } from '../condition/condition.model';
import type { ConsultationItem } from '../question/question.model';
import { validateConsultationDefinition } from './definition.validator';
import {
  budget,
  definitionOf,
  frequency,
  keepHall,
  nickname,
  products,
  reopening,
  satisfaction,
  section,
  stars,
} from '../testing/consultation.fixture';

const sources: ConsultationItem[] = [
  section,
  frequency,
  products,
  satisfaction,
  stars,
  budget,
  reopening,
  keepHall,
  nickname,
];

/** Problems of a question placed after every kind of source, with this condition. */
function problemsOf(condition: unknown) {
  const target = { id: 'target', type: 'short-text', title: { fr: 'Cible' }, condition } as ConsultationItem;
  return validateConsultationDefinition(definitionOf(...sources, target)).map(
    (p) => [p.path, p.code] as const,
  );
}

const rule = (questionId: string, operator: string, value?: unknown) =>
  ({ questionId, operator, value }) as DisplayCondition;
const at = 'questions[9].condition';

describe('display conditions in a definition', () => {
  it('accepts "show if Q = Oui" on an earlier yes/no question', () => {
    expect(problemsOf(rule('keep-hall', 'equals', true))).toEqual([]);
  });

  it('accepts "if the scale is 4 or more"', () => {
    expect(problemsOf(rule('satisfaction', 'gte', 4))).toEqual([]);
  });

  it('accepts a combination of "all" and "any"', () => {
    const condition = {
      all: [
        rule('keep-hall', 'equals', true),
        { any: [rule('products', 'includes', 'fish'), rule('stars', 'lte', 2)] },
      ],
    };
    expect(problemsOf(condition)).toEqual([]);
  });

  it('refuses a condition on a later question', () => {
    const later = { ...nickname, id: 'later' };
    const target = { ...keepHall, id: 'target', condition: rule('later', 'answered') };
    const problems = validateConsultationDefinition(definitionOf(target, later)).map((p) => [p.path, p.code]);
    expect(problems).toEqual([['questions[0].condition.questionId', 'CONDITION_FORWARD_REFERENCE']]);
  });

  it('refuses a condition on the question itself', () => {
    const target = { ...keepHall, condition: rule('keep-hall', 'equals', true) };
    const problems = validateConsultationDefinition(definitionOf(target)).map((p) => p.code);
    expect(problems).toEqual(['CONDITION_FORWARD_REFERENCE']);
  });

  it('refuses a condition on a question that does not exist', () => {
    expect(problemsOf(rule('q42', 'answered'))).toEqual([[`${at}.questionId`, 'CONDITION_UNKNOWN_QUESTION']]);
  });

  it('refuses a condition on a section title', () => {
    expect(problemsOf(rule('habits', 'answered'))).toEqual([
      [`${at}.questionId`, 'CONDITION_ON_NON_ANSWERABLE'],
    ]);
  });

  it('refuses "includes" on a single choice', () => {
    expect(problemsOf(rule('frequency', 'includes', 'weekly'))).toEqual([
      [`${at}.operator`, 'CONDITION_OPERATOR_INCOMPATIBLE'],
    ]);
  });

  it('refuses "greater than" on a text', () => {
    expect(problemsOf(rule('nickname', 'gt', 3))).toEqual([
      [`${at}.operator`, 'CONDITION_OPERATOR_INCOMPATIBLE'],
    ]);
  });

  it('refuses an option that the source question does not have', () => {
    expect(problemsOf(rule('products', 'includes', 'meat'))).toEqual([
      [`${at}.value`, 'CONDITION_UNKNOWN_OPTION'],
    ]);
  });

  it('refuses "scale ≥ 7" on a scale from 1 to 5', () => {
    expect(problemsOf(rule('satisfaction', 'gte', 7))).toEqual([[`${at}.value`, 'CONDITION_VALUE_INVALID']]);
  });

  it('refuses a yes/no condition written as text', () => {
    expect(problemsOf(rule('keep-hall', 'equals', 'Oui'))).toEqual([
      [`${at}.value`, 'CONDITION_VALUE_INVALID'],
    ]);
  });

  it('refuses a number beyond the bounds of the source question', () => {
    expect(problemsOf(rule('budget', 'gt', 1000))).toEqual([[`${at}.value`, 'CONDITION_VALUE_INVALID']]);
  });

  it('refuses a date that does not exist', () => {
    expect(problemsOf(rule('reopening', 'lt', '2025-13-01'))).toEqual([
      [`${at}.value`, 'CONDITION_VALUE_INVALID'],
    ]);
  });

  it('refuses a value with "answered"', () => {
    expect(problemsOf(rule('nickname', 'answered', 'x'))).toEqual([
      [`${at}.value`, 'CONDITION_VALUE_INVALID'],
    ]);
  });

  it('refuses an unknown operator', () => {
    expect(problemsOf(rule('stars', 'between', 2))).toEqual([[at, 'CONDITION_MALFORMED']]);
  });

  it('refuses an empty "all"', () => {
    expect(problemsOf({ all: [] })).toEqual([[at, 'CONDITION_MALFORMED']]);
  });

  it('refuses a condition that is not an object', () => {
    expect(problemsOf('keep-hall = oui')).toEqual([[at, 'CONDITION_MALFORMED']]);
  });

  it('refuses groups nested more than three deep', () => {
    const deep = { all: [{ any: [{ all: [{ any: [rule('keep-hall', 'answered')] }] }] }] };
    expect(problemsOf(deep)).toEqual([[`${at}.all[0].any[0].all[0]`, 'CONDITION_TOO_DEEP']]);
  });

  it('points at the faulty part of a group', () => {
    expect(problemsOf({ any: [rule('keep-hall', 'equals', true), rule('q42', 'answered')] })).toEqual([
      [`${at}.any[1].questionId`, 'CONDITION_UNKNOWN_QUESTION'],
    ]);
  });
});
