import { checkAnswer } from './answer.validator';
import type { AnswerCheck } from './answer-check.model';
import { budget, reopening, satisfaction, stars, visits } from '../testing/consultation.fixture';

const codes = (check: AnswerCheck) => check.problems.map((p) => p.code);

describe('linear scale answers', () => {
  it('accepts a step of the scale', () => {
    expect(checkAnswer(satisfaction, 5).value).toBe(5);
  });

  it('refuses a value below the scale', () => {
    expect(codes(checkAnswer(satisfaction, 0))).toEqual(['VALUE_TOO_LOW']);
  });

  it('refuses a value above the scale', () => {
    expect(codes(checkAnswer(satisfaction, 6))).toEqual(['VALUE_TOO_HIGH']);
  });

  it('refuses a value between two steps', () => {
    expect(codes(checkAnswer(satisfaction, 3.5))).toEqual(['NOT_A_WHOLE_NUMBER']);
  });

  it('refuses a number written as text', () => {
    expect(codes(checkAnswer(satisfaction, '4'))).toEqual(['INVALID_ANSWER_TYPE']);
  });
});

describe('rating answers', () => {
  it('accepts one star', () => {
    expect(checkAnswer(stars, 1).value).toBe(1);
  });

  it('refuses zero stars', () => {
    expect(codes(checkAnswer(stars, 0))).toEqual(['VALUE_TOO_LOW']);
  });

  it('refuses more stars than offered', () => {
    expect(codes(checkAnswer(stars, 6))).toEqual(['VALUE_TOO_HIGH']);
  });
});

describe('number answers', () => {
  it('accepts a value on a decimal step', () => {
    expect(checkAnswer(budget, 12.5).value).toBe(12.5);
  });

  it('accepts a step that binary floats cannot write exactly', () => {
    expect(checkAnswer({ ...budget, step: 0.1 }, 0.3).value).toBe(0.3);
  });

  it('refuses a value off the step', () => {
    expect(codes(checkAnswer(budget, 12.25))).toEqual(['STEP_MISMATCH']);
  });

  it('says "0,5" in French when naming the step', () => {
    expect(checkAnswer(budget, 12.25).problems[0].message.fr).toContain('de 0,5 en 0,5');
  });

  it('asks for a whole number when the step is 1', () => {
    expect(codes(checkAnswer(visits, 2.5))).toEqual(['NOT_A_WHOLE_NUMBER']);
  });

  it('refuses a value below the minimum', () => {
    expect(codes(checkAnswer(budget, -1))).toEqual(['VALUE_TOO_LOW']);
  });

  it('refuses a value above the maximum', () => {
    expect(codes(checkAnswer(budget, 100.5))).toEqual(['VALUE_TOO_HIGH']);
  });

  it('accepts any number when there are no bounds and no step', () => {
    expect(checkAnswer({ id: 'n', type: 'number', title: { fr: 'N' } }, -3.14159).value).toBe(-3.14159);
  });

  it('refuses infinity', () => {
    expect(codes(checkAnswer(budget, Infinity))).toEqual(['INVALID_ANSWER_TYPE']);
  });
});

describe('date answers', () => {
  it('accepts a date within the bounds', () => {
    expect(checkAnswer(reopening, '2025-06-15').value).toBe('2025-06-15');
  });

  it('accepts the bounds themselves', () => {
    expect(checkAnswer(reopening, '2025-12-31').value).toBe('2025-12-31');
  });

  it('refuses a date that does not exist', () => {
    expect(codes(checkAnswer(reopening, '2025-02-30'))).toEqual(['INVALID_DATE']);
  });

  it('refuses a date before the first allowed day', () => {
    expect(codes(checkAnswer(reopening, '2024-12-31'))).toEqual(['DATE_TOO_EARLY']);
  });

  it('refuses a date after the last allowed day', () => {
    expect(codes(checkAnswer(reopening, '2026-01-01'))).toEqual(['DATE_TOO_LATE']);
  });

  it('writes the limit the French way in the message', () => {
    expect(checkAnswer(reopening, '2026-01-01').problems[0].message.fr).toContain('31/12/2025');
  });

  it('refuses a timestamp number', () => {
    expect(codes(checkAnswer(reopening, 1735689600000))).toEqual(['INVALID_ANSWER_TYPE']);
  });
});
