import type { ConsultationItem } from '../question/question.model';
import {
  definitionOf,
  frequency,
  hallDefinition,
  keepHall,
  products,
  satisfaction,
  section,
  why,
} from '../testing/consultation.fixture';
import { pruneHiddenAnswers, visibleQuestions } from './visibility.rule';

const ids = (items: ConsultationItem[]) => items.map((item) => item.id);

const parkingIdeas: ConsultationItem = {
  id: 'parking-ideas',
  type: 'short-text',
  title: { fr: 'Une idée pour le parking ?' },
  condition: { questionId: 'why', operator: 'answered' },
};
const fishStalls: ConsultationItem = {
  id: 'fish-stalls',
  type: 'yes-no',
  title: { fr: 'Plus de poissonniers ?' },
  condition: { questionId: 'products', operator: 'includes', value: 'fish' },
};
const happyOrWeekly: ConsultationItem = {
  id: 'happy-or-weekly',
  type: 'short-text',
  title: { fr: 'Qu’aimez-vous ?' },
  condition: {
    any: [
      { questionId: 'satisfaction', operator: 'gte', value: 4 },
      { questionId: 'frequency', operator: 'equals', value: 'weekly' },
    ],
  },
};
const conditionalSection: ConsultationItem = {
  ...section,
  id: 'against',
  condition: { questionId: 'keep-hall', operator: 'equals', value: false },
};

describe('visibleQuestions', () => {
  it('shows every item without a condition, sections and help texts included', () => {
    const unconditional = hallDefinition.questions.filter((item) => !item.condition);
    expect(ids(visibleQuestions(hallDefinition, {}))).toEqual(ids(unconditional));
  });

  it('keeps the order of the definition', () => {
    expect(ids(visibleQuestions(definitionOf(keepHall, why, section), { 'keep-hall': false }))).toEqual([
      'keep-hall',
      'why',
      'habits',
    ]);
  });

  it('hides a question whose condition does not hold', () => {
    expect(ids(visibleQuestions(definitionOf(keepHall, why), { 'keep-hall': true }))).toEqual(['keep-hall']);
  });

  it('hides a question whose condition source is unanswered', () => {
    expect(ids(visibleQuestions(definitionOf(keepHall, why), {}))).toEqual(['keep-hall']);
  });

  it('hides a question whose condition source is itself hidden', () => {
    const definition = definitionOf(keepHall, why, parkingIdeas);
    expect(ids(visibleQuestions(definition, { 'keep-hall': true, why: 'Trop petite' }))).toEqual([
      'keep-hall',
    ]);
  });

  it('shows a chain of questions when each condition holds', () => {
    const definition = definitionOf(keepHall, why, parkingIdeas);
    expect(ids(visibleQuestions(definition, { 'keep-hall': false, why: 'Trop petite' }))).toHaveLength(3);
  });

  it('shows a question when a multiple choice includes the option', () => {
    const shown = visibleQuestions(definitionOf(products, fishStalls), { products: { optionIds: ['fish'] } });
    expect(ids(shown)).toContain('fish-stalls');
  });

  it('shows a question when one part of an "any" condition holds', () => {
    const definition = definitionOf(frequency, satisfaction, happyOrWeekly);
    const shown = visibleQuestions(definition, { frequency: { optionId: 'weekly' }, satisfaction: 2 });
    expect(ids(shown)).toContain('happy-or-weekly');
  });

  it('hides a question when no part of an "any" condition holds', () => {
    const definition = definitionOf(frequency, satisfaction, happyOrWeekly);
    const shown = visibleQuestions(definition, { frequency: { optionId: 'rarely' }, satisfaction: 3 });
    expect(ids(shown)).not.toContain('happy-or-weekly');
  });

  it('applies a condition to a section title', () => {
    expect(ids(visibleQuestions(definitionOf(keepHall, conditionalSection), { 'keep-hall': true }))).toEqual([
      'keep-hall',
    ]);
  });

  it('uses an unfinished answer, so questions do not flicker while a person ticks boxes', () => {
    const strict = { ...products, minSelections: 2 };
    const shown = visibleQuestions(definitionOf(strict, fishStalls), { products: { optionIds: ['fish'] } });
    expect(ids(shown)).toContain('fish-stalls');
  });
});

describe('pruneHiddenAnswers', () => {
  it('drops the answer to a question hidden by a changed answer', () => {
    const pruned = pruneHiddenAnswers(definitionOf(keepHall, why), { 'keep-hall': true, why: 'Trop petite' });
    expect(pruned).toEqual({ 'keep-hall': true });
  });

  it('drops blank answers and unknown ids', () => {
    const pruned = pruneHiddenAnswers(definitionOf(keepHall, why), {
      'keep-hall': false,
      why: ' ',
      other: 1,
    });
    expect(pruned).toEqual({ 'keep-hall': false });
  });
});

describe('visibleQuestions with a cleared condition', () => {
  it('shows an item whose condition was stored as null', () => {
    const cleared = { ...why, condition: null } as unknown as ConsultationItem;
    expect(ids(visibleQuestions(definitionOf(keepHall, cleared), {}))).toEqual(['keep-hall', 'why']);
  });
});
