import {
  QUESTION_TYPES,
  validateConsultationDefinition,
  type ConsultationItem,
  type GeoBoundary,
} from '@agora/consultation-rules';

import {
  addOption,
  conditionSources,
  freeId,
  moveItem,
  newItem,
  problemsByItem,
  removeItem,
} from './builder.state';

// prettier-ignore
const boundary: GeoBoundary = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };

const yesNo: ConsultationItem = { id: 'q1', type: 'yes-no', title: { fr: 'Venez-vous ?' } };
const why: ConsultationItem = {
  id: 'q2',
  type: 'long-text',
  title: { fr: 'Pourquoi ?' },
  condition: { questionId: 'q1', operator: 'equals', value: true },
};
const intro: ConsultationItem = { id: 'h1', type: 'help-text', text: { fr: 'Merci.' } };

describe('builder state', () => {
  it('finds the first free id', () => {
    expect(freeId('q', ['q1', 'q2', 'q4'])).toBe('q3');
  });

  it('creates every question type so that, once worded, it passes the rules', () => {
    for (const type of QUESTION_TYPES) {
      const item = newItem(type, [], boundary) as ConsultationItem & { title: { fr: string } };
      item.title = { fr: 'Une question' };
      expect({ type, problems: validateConsultationDefinition({ questions: [item] }) }).toEqual({
        type,
        problems: [],
      });
    }
  });

  it('cannot create a map question without the territory outline', () => {
    expect(newItem('map-point', [], null)).toBeNull();
  });

  it('gives a new item an id no other item has', () => {
    expect(newItem('yes-no', [yesNo, why], null)?.id).toBe('q3');
  });

  it('drops the conditions that looked at a removed question', () => {
    const items = removeItem([yesNo, why, intro], 0);
    expect(items.map((i) => i.id)).toEqual(['q2', 'h1']);
    expect(items[0].condition).toBeUndefined();
  });

  it('moves an item and lets the rules report a condition that now looks ahead', () => {
    const items = moveItem([yesNo, why], 1, 0);
    expect(items.map((i) => i.id)).toEqual(['q2', 'q1']);
    const codes = validateConsultationDefinition({ questions: items }).map((p) => p.code);
    expect(codes).toContain('CONDITION_FORWARD_REFERENCE');
  });

  it('offers as condition sources only the questions placed before', () => {
    expect(conditionSources([yesNo, intro, why], 2).map((q) => q.id)).toEqual(['q1']);
    expect(conditionSources([yesNo, intro, why], 0)).toEqual([]);
  });

  it('adds an option with a fresh id', () => {
    expect(addOption([{ id: 'o1', label: { fr: 'A' } }], 'o', 'B')).toEqual([
      { id: 'o1', label: { fr: 'A' } },
      { id: 'o2', label: { fr: 'B' } },
    ]);
  });

  it('groups the rules problems by item', () => {
    const grouped = problemsByItem([
      { path: 'questions[2].title', code: 'WORDING_MISSING', message: { fr: 'a', en: 'a' } },
      { path: 'questions', code: 'NO_QUESTIONS', message: { fr: 'b', en: 'b' } },
    ]);
    expect(grouped.get(2)?.map((p) => p.code)).toEqual(['WORDING_MISSING']);
    expect(grouped.get(-1)?.map((p) => p.code)).toEqual(['NO_QUESTIONS']);
  });
});
