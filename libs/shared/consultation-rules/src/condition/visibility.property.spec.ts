import fc from 'fast-check';

import { validateConsultationDefinition } from '../definition/definition.validator';
import { consultationWithGrowingAnswers, consultations } from '../testing/random-consultation.fixture';
import { visibleQuestions } from './visibility.rule';

const visibleIds = (...args: Parameters<typeof visibleQuestions>) =>
  new Set(visibleQuestions(...args).map((q) => q.id));

describe('visibleQuestions (properties)', () => {
  it('generates only consultations the definition validator accepts', () => {
    fc.assert(
      fc.property(consultations(true), (definition) => {
        expect(validateConsultationDefinition(definition)).toEqual([]);
      }),
    );
  });

  it('never hides a question when more answers are given, as long as no condition uses "not answered"', () => {
    fc.assert(
      fc.property(consultationWithGrowingAnswers(false), ({ definition, first, second }) => {
        const before = visibleIds(definition, first);
        const after = visibleIds(definition, second);
        for (const id of before) expect(after.has(id)).toBe(true);
      }),
    );
  });

  it('decides each question from earlier answers only', () => {
    fc.assert(
      fc.property(consultationWithGrowingAnswers(true), fc.nat(), ({ definition, second }, cut) => {
        const position = cut % definition.questions.length;
        const earlierIds = new Set(definition.questions.slice(0, position + 1).map((q) => q.id));
        const earlierOnly = Object.fromEntries(Object.entries(second).filter(([id]) => earlierIds.has(id)));
        const full = visibleIds(definition, second);
        const partial = visibleIds(definition, earlierOnly);
        const id = definition.questions[position].id;
        expect(partial.has(id)).toBe(full.has(id));
      }),
    );
  });

  it('always shows questions without a condition', () => {
    fc.assert(
      fc.property(consultationWithGrowingAnswers(true), ({ definition, second }) => {
        const shown = visibleIds(definition, second);
        for (const q of definition.questions) if (!q.condition) expect(shown.has(q.id)).toBe(true);
      }),
    );
  });
});
