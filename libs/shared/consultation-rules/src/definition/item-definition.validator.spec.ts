import type { ConsultationItem } from '../question/question.model';
import { validateConsultationDefinition } from './definition.validator';
import {
  budget,
  definitionOf,
  frequency,
  help,
  keepHall,
  nickname,
  opening,
  place,
  priorities,
  products,
  reopening,
  satisfaction,
  stars,
  topTwo,
  why,
} from '../testing/consultation.fixture';

/** Problems of a consultation made of this one item. */
const problemsOf = (item: unknown) =>
  validateConsultationDefinition(definitionOf(item as ConsultationItem)).map(
    (p) => [p.path, p.code] as const,
  );

describe('wordings', () => {
  it('refuses a title without French text', () => {
    expect(problemsOf({ ...keepHall, title: { fr: '  ', en: 'Keep the hall?' } })).toEqual([
      ['questions[0].title.fr', 'WORDING_MISSING'],
    ]);
  });

  it('refuses a missing title', () => {
    expect(problemsOf({ ...keepHall, title: undefined })).toEqual([
      ['questions[0].title', 'WORDING_MISSING'],
    ]);
  });

  it('refuses a title given as a bare string', () => {
    expect(problemsOf({ ...keepHall, title: 'Garder la halle ?' })).toEqual([
      ['questions[0].title', 'WORDING_INVALID'],
    ]);
  });

  it('refuses an English text that is not a string', () => {
    expect(problemsOf({ ...keepHall, description: { fr: 'Oui', en: 1 } })).toEqual([
      ['questions[0].description', 'WORDING_INVALID'],
    ]);
  });

  it('refuses a help text without text', () => {
    expect(
      validateConsultationDefinition(definitionOf(keepHall, { ...help, text: { fr: '' } }))[0].code,
    ).toBe('WORDING_MISSING');
  });

  it('refuses a "required" that is not true or false', () => {
    expect(problemsOf({ ...keepHall, required: 'yes' })).toEqual([
      ['questions[0].required', 'INVALID_FIELD'],
    ]);
  });
});

describe('text questions', () => {
  it('accepts a lower limit', () => {
    expect(problemsOf(nickname)).toEqual([]);
  });

  it('refuses a short-text limit above 300', () => {
    expect(problemsOf({ ...nickname, maxLength: 301 })).toEqual([
      ['questions[0].maxLength', 'TEXT_LIMIT_INVALID'],
    ]);
  });

  it('refuses a long-text limit of 0', () => {
    expect(problemsOf({ ...why, condition: undefined, maxLength: 0 })).toEqual([
      ['questions[0].maxLength', 'TEXT_LIMIT_INVALID'],
    ]);
  });
});

describe('choice questions', () => {
  it('refuses a single choice with one option', () => {
    expect(problemsOf({ ...frequency, options: [frequency.options[0]] })).toEqual([
      ['questions[0].options', 'TOO_FEW_OPTIONS'],
    ]);
  });

  it('refuses a choice without options', () => {
    expect(problemsOf({ ...frequency, options: undefined })).toEqual([
      ['questions[0].options', 'TOO_FEW_OPTIONS'],
    ]);
  });

  it('refuses two options with the same id', () => {
    const options = [...frequency.options, { id: 'weekly', label: { fr: 'Le week-end' } }];
    expect(problemsOf({ ...frequency, options })).toEqual([
      ['questions[0].options[3].id', 'DUPLICATE_OPTION_ID'],
    ]);
  });

  it('refuses two options with the same label, whatever the case', () => {
    const options = [...frequency.options, { id: 'never', label: { fr: 'chaque semaine ' } }];
    expect(problemsOf({ ...frequency, options })).toEqual([
      ['questions[0].options[3].label', 'DUPLICATE_OPTION_LABEL'],
    ]);
  });

  it('refuses an option without a label', () => {
    const options = [...frequency.options, { id: 'never' }];
    expect(problemsOf({ ...frequency, options })).toEqual([
      ['questions[0].options[3].label', 'WORDING_MISSING'],
    ]);
  });

  it('refuses an option that is not an object', () => {
    expect(problemsOf({ ...frequency, options: [...frequency.options, 'Jamais'] })).toEqual([
      ['questions[0].options[3]', 'INVALID_FIELD'],
    ]);
  });

  it('refuses a minimum above the maximum', () => {
    expect(problemsOf({ ...products, minSelections: 3, maxSelections: 2 })).toEqual([
      ['questions[0].minSelections', 'SELECTION_BOUNDS_INVALID'],
    ]);
  });

  it('refuses a maximum above the number of choices', () => {
    expect(problemsOf({ ...products, maxSelections: 6 })).toEqual([
      ['questions[0].maxSelections', 'SELECTION_BOUNDS_INVALID'],
    ]);
  });

  it('counts "other" as a choice for the maximum', () => {
    expect(problemsOf({ ...products, maxSelections: 5 })).toEqual([]);
  });

  it('refuses a fractional minimum', () => {
    expect(problemsOf({ ...products, minSelections: 1.5 })).toEqual([
      ['questions[0].minSelections', 'SELECTION_BOUNDS_INVALID'],
    ]);
  });
});

describe('scales, ratings and rankings', () => {
  it('refuses a scale whose minimum is not below its maximum', () => {
    expect(problemsOf({ ...satisfaction, min: 5, max: 5 })).toEqual([
      ['questions[0]', 'SCALE_BOUNDS_INVALID'],
    ]);
  });

  it('refuses a scale wider than 10 steps', () => {
    expect(problemsOf({ ...satisfaction, min: 0, max: 11 })).toEqual([
      ['questions[0]', 'SCALE_BOUNDS_INVALID'],
    ]);
  });

  it('accepts a scale from 0 to 10', () => {
    expect(problemsOf({ ...satisfaction, min: 0, max: 10 })).toEqual([]);
  });

  it('refuses a rating of one star', () => {
    expect(problemsOf({ ...stars, stars: 1 })).toEqual([['questions[0].stars', 'RATING_STARS_INVALID']]);
  });

  it('refuses a ranking of one item', () => {
    expect(problemsOf({ ...priorities, items: [priorities.items[0]] })).toEqual([
      ['questions[0].items', 'TOO_FEW_OPTIONS'],
    ]);
  });

  it('refuses a top K larger than the number of items', () => {
    expect(problemsOf({ ...topTwo, topK: 5 })).toEqual([['questions[0].topK', 'RANKING_TOP_K_INVALID']]);
  });

  it('refuses a top 0', () => {
    expect(problemsOf({ ...topTwo, topK: 0 })).toEqual([['questions[0].topK', 'RANKING_TOP_K_INVALID']]);
  });
});

describe('matrices, numbers, dates and maps', () => {
  it('refuses a matrix with one column', () => {
    expect(problemsOf({ ...opening, columns: [opening.columns[0]] })).toEqual([
      ['questions[0].columns', 'TOO_FEW_OPTIONS'],
    ]);
  });

  it('refuses a matrix without rows', () => {
    expect(problemsOf({ ...opening, rows: [] })).toEqual([['questions[0].rows', 'TOO_FEW_OPTIONS']]);
  });

  it('refuses two rows with the same id', () => {
    expect(
      problemsOf({ ...opening, rows: [opening.rows[0], { id: 'morning', label: { fr: 'Midi' } }] }),
    ).toEqual([['questions[0].rows[1].id', 'DUPLICATE_OPTION_ID']]);
  });

  it('refuses a matrix selection other than single or multiple', () => {
    expect(problemsOf({ ...opening, selection: 'some' })).toEqual([
      ['questions[0].selection', 'INVALID_FIELD'],
    ]);
  });

  it('refuses a number minimum above its maximum', () => {
    expect(problemsOf({ ...budget, min: 10, max: 5 })).toEqual([['questions[0]', 'NUMBER_BOUNDS_INVALID']]);
  });

  it('refuses a number bound written as text', () => {
    expect(problemsOf({ ...budget, max: '100' })).toEqual([['questions[0].max', 'NUMBER_BOUNDS_INVALID']]);
  });

  it('refuses a step of 0', () => {
    expect(problemsOf({ ...budget, step: 0 })).toEqual([['questions[0].step', 'NUMBER_STEP_INVALID']]);
  });

  it('refuses a date bound that does not exist', () => {
    expect(problemsOf({ ...reopening, min: '2025-02-30' })).toEqual([
      ['questions[0].min', 'DATE_BOUNDS_INVALID'],
    ]);
  });

  it('refuses a first date after the last date', () => {
    expect(problemsOf({ ...reopening, min: '2026-01-01' })).toEqual([
      ['questions[0]', 'DATE_BOUNDS_INVALID'],
    ]);
  });

  it('refuses a map question without a valid boundary', () => {
    expect(problemsOf({ ...place, boundary: { type: 'Point', coordinates: [0, 0] } })).toEqual([
      ['questions[0].boundary', 'BOUNDARY_INVALID'],
    ]);
  });
});
