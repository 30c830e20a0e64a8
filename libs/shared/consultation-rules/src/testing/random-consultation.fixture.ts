// fast-check generators of small consultations with display conditions, and of answers to them.
import fc from 'fast-check';

import type { ConditionOperator, ConditionRule, DisplayCondition } from '../condition/condition.model';
import { operatorsFor } from '../condition/condition.rule';
import type { ConsultationDefinition, Question } from '../question/question.model';

type SmallType = 'yes-no' | 'single-choice' | 'multiple-choice' | 'linear-scale';

const OPTIONS = ['a', 'b', 'c'];

interface RuleSeed {
  source: number;
  operator: number;
  value: number;
}

interface ItemSeed {
  type: SmallType;
  combinator: 'none' | 'single' | 'all' | 'any';
  rules: RuleSeed[];
}

const ruleSeed = fc.record({ source: fc.nat(), operator: fc.nat(), value: fc.nat() });
const itemSeed = fc.record({
  type: fc.constantFrom<SmallType>('yes-no', 'single-choice', 'multiple-choice', 'linear-scale'),
  combinator: fc.constantFrom<ItemSeed['combinator']>('none', 'single', 'all', 'any'),
  rules: fc.array(ruleSeed, { minLength: 1, maxLength: 3 }),
});

function question(id: string, type: SmallType, condition: DisplayCondition | undefined): Question {
  const base = { id, title: { fr: id }, ...(condition ? { condition } : {}) };
  const options = OPTIONS.map((o) => ({ id: o, label: { fr: o } }));
  switch (type) {
    case 'yes-no':
      return { ...base, type };
    case 'single-choice':
    case 'multiple-choice':
      return { ...base, type, options };
    case 'linear-scale':
      return { ...base, type, min: 1, max: 5 };
  }
}

function ruleValue(type: SmallType, seed: number): string | number | boolean {
  if (type === 'yes-no') return seed % 2 === 0;
  if (type === 'linear-scale') return 1 + (seed % 5);
  return OPTIONS[seed % OPTIONS.length];
}

function rule(earlier: Question[], seed: RuleSeed, allowNotAnswered: boolean): ConditionRule {
  const source = earlier[seed.source % earlier.length];
  const operators = operatorsFor(source.type).filter((op) => allowNotAnswered || op !== 'notAnswered');
  const operator = operators[seed.operator % operators.length] as ConditionOperator;
  const needsValue = operator !== 'answered' && operator !== 'notAnswered';
  const base = { questionId: source.id, operator };
  return needsValue ? { ...base, value: ruleValue(source.type as SmallType, seed.value) } : base;
}

/**
 * Consultations of 1 to 8 questions where each may depend on earlier ones. Without
 * `allowNotAnswered`, every condition needs an answer to hold, which makes visibility monotonic.
 */
export function consultations(allowNotAnswered: boolean): fc.Arbitrary<ConsultationDefinition> {
  return fc.array(itemSeed, { minLength: 1, maxLength: 8 }).map((seeds) => {
    const questions: Question[] = [];
    seeds.forEach((seed, i) => {
      const id = `q${i}`;
      if (i === 0 || seed.combinator === 'none') return questions.push(question(id, seed.type, undefined));
      const rules = seed.rules.map((r) => rule(questions, r, allowNotAnswered));
      const condition =
        seed.combinator === 'single' ? rules[0] : seed.combinator === 'all' ? { all: rules } : { any: rules };
      return questions.push(question(id, seed.type, condition));
    });
    return { questions };
  });
}

/** A well-formed answer to a question of a generated consultation, picked by `seed`. */
export function answerFor(q: Question, seed: number): unknown {
  switch (q.type) {
    case 'yes-no':
      return seed % 2 === 0;
    case 'single-choice':
      return { optionId: OPTIONS[seed % OPTIONS.length] };
    case 'multiple-choice':
      return { optionIds: OPTIONS.filter((_, bit) => ((seed % 7) + 1) & (1 << bit)) };
    default:
      return 1 + (seed % 5);
  }
}

/** A consultation with two answer sets, the second holding every answer of the first and maybe more. */
export const consultationWithGrowingAnswers = (allowNotAnswered: boolean) =>
  consultations(allowNotAnswered).chain((definition) =>
    fc
      .array(fc.record({ inFirst: fc.boolean(), inSecond: fc.boolean(), seed: fc.nat() }), {
        minLength: definition.questions.length,
        maxLength: definition.questions.length,
      })
      .map((picks) => {
        const first: Record<string, unknown> = {};
        const second: Record<string, unknown> = {};
        definition.questions.forEach((q, i) => {
          const answer = answerFor(q as Question, picks[i].seed);
          if (picks[i].inFirst) first[q.id] = answer;
          if (picks[i].inFirst || picks[i].inSecond) second[q.id] = answer;
        });
        return { definition, first, second };
      }),
  );
