import { validateResponse, type ResponseValidation } from './response.validator';
import {
  definitionOf,
  frequency,
  hallAnswers,
  hallDefinition,
  keepHall,
  priorities,
  why,
} from '../testing/consultation.fixture';

const errorsOf = (result: ResponseValidation) =>
  result.valid ? [] : result.errors.map((e) => [e.questionId, e.code] as const);

function normalisedOf(result: ResponseValidation) {
  if (!result.valid) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result.normalised;
}

describe('validateResponse', () => {
  it('accepts a complete response to every question type', () => {
    expect(validateResponse(hallDefinition, hallAnswers).valid).toBe(true);
  });

  it('returns the answers normalised for storage', () => {
    expect(normalisedOf(validateResponse(hallDefinition, hallAnswers))).toMatchObject({
      nickname: 'Vive la halle',
      products: { optionIds: ['fruit', 'fish'] },
      services: { saturday: ['delivery', 'lockers'] },
    });
  });

  it('leaves blank answers out of what is stored', () => {
    const normalised = normalisedOf(
      validateResponse(hallDefinition, { ...hallAnswers, nickname: '   ', district: null }),
    );
    expect(['nickname' in normalised, 'district' in normalised]).toEqual([false, false]);
  });

  it('refuses answers that are not an object', () => {
    expect(errorsOf(validateResponse(hallDefinition, ['weekly']))).toEqual([[null, 'RESPONSE_NOT_OBJECT']]);
  });

  it('refuses an answer to a question that does not exist', () => {
    expect(errorsOf(validateResponse(hallDefinition, { ...hallAnswers, q99: 'x' }))).toEqual([
      ['q99', 'UNKNOWN_QUESTION'],
    ]);
  });

  it('refuses an answer to a section title', () => {
    expect(errorsOf(validateResponse(hallDefinition, { ...hallAnswers, habits: 'x' }))).toEqual([
      ['habits', 'UNKNOWN_QUESTION'],
    ]);
  });

  it('refuses a "__proto__" key without being fooled by it', () => {
    const answers = JSON.parse(`{"__proto__": {"valid": true}, "frequency": {"optionId": "weekly"}}`);
    const result = validateResponse(definitionOf(frequency), answers);
    expect(errorsOf(result)).toEqual([['__proto__', 'UNKNOWN_QUESTION']]);
  });

  it('refuses a response without a required question', () => {
    const { satisfaction: _, ...answers } = hallAnswers;
    expect(errorsOf(validateResponse(hallDefinition, answers))).toEqual([['satisfaction', 'REQUIRED']]);
  });

  it('does not require a required question that is hidden', () => {
    expect(validateResponse(definitionOf(keepHall, why), { 'keep-hall': true }).valid).toBe(true);
  });

  it('requires a required question once its condition shows it', () => {
    expect(errorsOf(validateResponse(definitionOf(keepHall, why), { 'keep-hall': false }))).toEqual([
      ['why', 'REQUIRED'],
    ]);
  });

  it('refuses an answer to a hidden question', () => {
    const result = validateResponse(definitionOf(keepHall, why), { 'keep-hall': true, why: 'Trop chère' });
    expect(errorsOf(result)).toEqual([['why', 'HIDDEN_QUESTION_ANSWERED']]);
  });

  it('lets a hidden question be sent blank', () => {
    expect(validateResponse(definitionOf(keepHall, why), { 'keep-hall': true, why: '' }).valid).toBe(true);
  });

  it('hides a question whose condition refers to a refused answer', () => {
    const result = validateResponse(definitionOf(keepHall, why), { 'keep-hall': 'non', why: 'Trop chère' });
    expect(errorsOf(result)).toEqual([
      ['keep-hall', 'INVALID_ANSWER_TYPE'],
      ['why', 'HIDDEN_QUESTION_ANSWERED'],
    ]);
  });

  it('reports a wrong answer without also calling it missing', () => {
    expect(errorsOf(validateResponse(definitionOf(frequency), { frequency: { optionId: 'daily' } }))).toEqual(
      [['frequency', 'UNKNOWN_OPTION']],
    );
  });

  it('lists errors in the order of the questions, unknown ids last and sorted', () => {
    const answers = { zeta: 1, alpha: 2, 'keep-hall': 'x', frequency: { optionId: 'daily' } };
    expect(errorsOf(validateResponse(definitionOf(frequency, keepHall), answers))).toEqual([
      ['frequency', 'UNKNOWN_OPTION'],
      ['keep-hall', 'INVALID_ANSWER_TYPE'],
      ['alpha', 'UNKNOWN_QUESTION'],
      ['zeta', 'UNKNOWN_QUESTION'],
    ]);
  });

  it('refuses an unfinished answer once submitted', () => {
    expect(errorsOf(validateResponse(definitionOf(priorities), { priorities: ['roof'] }))).toEqual([
      ['priorities', 'RANKING_INCOMPLETE'],
    ]);
  });

  it('gives every error a message in French and in English', () => {
    const result = validateResponse(hallDefinition, {});
    expect(result.valid ? [] : result.errors.map((e) => e.message)).toContainEqual({
      fr: 'Cette question est obligatoire. Merci d’y répondre.',
      en: 'This question is required. Please answer it.',
    });
  });
});

describe('validateResponse for a draft (partial)', () => {
  it('saves a draft without the required questions', () => {
    expect(
      validateResponse(hallDefinition, { district: { optionId: 'north' } }, { partial: true }).valid,
    ).toBe(true);
  });

  it('saves a draft with a ranking half done', () => {
    const result = validateResponse(definitionOf(priorities), { priorities: ['roof'] }, { partial: true });
    expect(result).toEqual({ valid: true, normalised: { priorities: ['roof'] } });
  });

  it('still refuses a malformed answer in a draft', () => {
    const result = validateResponse(
      definitionOf(priorities),
      { priorities: ['roof', 'roof'] },
      { partial: true },
    );
    expect(errorsOf(result)).toEqual([['priorities', 'RANKING_DUPLICATE_ITEM']]);
  });

  it('still refuses an answer to a hidden question in a draft', () => {
    const result = validateResponse(
      definitionOf(keepHall, why),
      { 'keep-hall': true, why: 'x' },
      { partial: true },
    );
    expect(errorsOf(result)).toEqual([['why', 'HIDDEN_QUESTION_ANSWERED']]);
  });
});
