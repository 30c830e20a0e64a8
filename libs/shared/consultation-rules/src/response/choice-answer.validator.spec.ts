import { checkAnswer } from './answer.validator';
import type { AnswerCheck } from './answer-check.model';
import { district, frequency, keepHall, products } from '../testing/consultation.fixture';

const codes = (check: AnswerCheck) => check.problems.map((p) => p.code);
const incomplete = (check: AnswerCheck) => check.incomplete.map((p) => p.code);

describe('single choice answers', () => {
  it('accepts an existing option', () => {
    expect(checkAnswer(frequency, { optionId: 'monthly' }).value).toEqual({ optionId: 'monthly' });
  });

  it('accepts an "other" text, trimmed', () => {
    expect(checkAnswer(frequency, { other: '  Tous les jours ' }).value).toEqual({ other: 'Tous les jours' });
  });

  it('refuses an option that does not exist', () => {
    expect(codes(checkAnswer(frequency, { optionId: 'daily' }))).toEqual(['UNKNOWN_OPTION']);
  });

  it('refuses an option and an "other" text together', () => {
    expect(codes(checkAnswer(frequency, { optionId: 'weekly', other: 'Aussi' }))).toEqual([
      'INVALID_ANSWER_TYPE',
    ]);
  });

  it('refuses a bare string instead of an object', () => {
    expect(codes(checkAnswer(frequency, 'weekly'))).toEqual(['INVALID_ANSWER_TYPE']);
  });

  it('refuses an unexpected field', () => {
    expect(codes(checkAnswer(frequency, { optionId: 'weekly', note: 'x' }))).toEqual(['INVALID_ANSWER_TYPE']);
  });

  it('refuses an "other" text when the question does not offer "other"', () => {
    const closed = { ...frequency, allowOther: false };
    expect(codes(checkAnswer(closed, { other: 'Tous les jours' }))).toEqual(['OTHER_NOT_ALLOWED']);
  });

  it('refuses an "other" text over 300 characters', () => {
    expect(codes(checkAnswer(frequency, { other: 'a'.repeat(301) }))).toEqual(['OTHER_TEXT_TOO_LONG']);
  });

  it('treats an empty "other" text as no answer', () => {
    expect(checkAnswer(frequency, { other: '  ' })).toEqual({
      value: undefined,
      problems: [],
      incomplete: [],
    });
  });
});

describe('dropdown answers', () => {
  it('accepts an existing option', () => {
    expect(checkAnswer(district, { optionId: 'south' }).value).toEqual({ optionId: 'south' });
  });

  it('refuses an option that does not exist', () => {
    expect(codes(checkAnswer(district, { optionId: 'east' }))).toEqual(['UNKNOWN_OPTION']);
  });

  it('refuses an "other" text, which a dropdown never offers', () => {
    expect(codes(checkAnswer(district, { other: 'Est' }))).toEqual(['INVALID_ANSWER_TYPE']);
  });

  it('refuses a numeric option id', () => {
    expect(codes(checkAnswer(district, { optionId: 1 }))).toEqual(['INVALID_ANSWER_TYPE']);
  });
});

describe('multiple choice answers', () => {
  it('stores the options in the order of the question', () => {
    expect(checkAnswer(products, { optionIds: ['fish', 'fruit'] }).value).toEqual({
      optionIds: ['fruit', 'fish'],
    });
  });

  it('accepts an "other" text alongside an option', () => {
    expect(checkAnswer(products, { optionIds: ['fish'], other: 'Miel' }).value).toEqual({
      optionIds: ['fish'],
      other: 'Miel',
    });
  });

  it('accepts an "other" text alone', () => {
    expect(checkAnswer(products, { optionIds: [], other: 'Miel' }).value).toEqual({
      optionIds: [],
      other: 'Miel',
    });
  });

  it('refuses an option that does not exist', () => {
    expect(codes(checkAnswer(products, { optionIds: ['meat'] }))).toEqual(['UNKNOWN_OPTION']);
  });

  it('refuses the same option twice', () => {
    expect(codes(checkAnswer(products, { optionIds: ['fish', 'fish'] }))).toEqual(['DUPLICATE_OPTION']);
  });

  it('refuses more options than the maximum', () => {
    expect(codes(checkAnswer(products, { optionIds: ['fish', 'fruit', 'bread'] }))).toEqual([
      'TOO_MANY_SELECTIONS',
    ]);
  });

  it('counts "other" towards the maximum', () => {
    expect(codes(checkAnswer(products, { optionIds: ['fish', 'fruit'], other: 'Miel' }))).toEqual([
      'TOO_MANY_SELECTIONS',
    ]);
  });

  it('marks fewer options than the minimum as unfinished, not wrong', () => {
    const check = checkAnswer({ ...products, minSelections: 2 }, { optionIds: ['fish'] });
    expect([codes(check), incomplete(check)]).toEqual([[], ['TOO_FEW_SELECTIONS']]);
  });

  it('refuses an "other" text when the question does not offer "other"', () => {
    const closed = { ...products, allowOther: undefined };
    expect(codes(checkAnswer(closed, { optionIds: ['fish'], other: 'Miel' }))).toEqual(['OTHER_NOT_ALLOWED']);
  });

  it('refuses a list of numbers', () => {
    expect(codes(checkAnswer(products, { optionIds: [1, 2] }))).toEqual(['INVALID_ANSWER_TYPE']);
  });

  it('names the maximum in the message', () => {
    const check = checkAnswer(products, { optionIds: ['fish', 'fruit', 'bread'] });
    expect(check.problems[0].message).toEqual({
      fr: 'Choisissez 2 réponses au plus.',
      en: 'Choose 2 answers at most.',
    });
  });
});

describe('yes/no answers', () => {
  it('accepts "Non" (false)', () => {
    expect(checkAnswer(keepHall, false).value).toBe(false);
  });

  it('refuses the text "oui"', () => {
    expect(codes(checkAnswer(keepHall, 'oui'))).toEqual(['INVALID_ANSWER_TYPE']);
  });
});
