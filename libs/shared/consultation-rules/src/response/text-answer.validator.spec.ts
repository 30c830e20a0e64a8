import { checkAnswer } from './answer.validator';
import type { AnswerCheck } from './answer-check.model';
import type { LongTextQuestion, ShortTextQuestion } from '../question/question.model';
import { nickname, why } from '../testing/consultation.fixture';

const codes = (check: AnswerCheck) => check.problems.map((p) => p.code);
const shortText: ShortTextQuestion = { id: 's', type: 'short-text', title: { fr: 'Texte' } };
const longText: LongTextQuestion = { ...why, condition: undefined };

describe('text answers', () => {
  it('stores a short text trimmed', () => {
    expect(checkAnswer(shortText, '  Bonjour ').value).toBe('Bonjour');
  });

  it('accepts a short text of 300 characters', () => {
    expect(checkAnswer(shortText, 'a'.repeat(300)).value).toHaveLength(300);
  });

  it('refuses a short text of 301 characters', () => {
    expect(codes(checkAnswer(shortText, 'a'.repeat(301)))).toEqual(['TEXT_TOO_LONG']);
  });

  it('applies a lower limit set on the question', () => {
    expect(codes(checkAnswer(nickname, 'a'.repeat(51)))).toEqual(['TEXT_TOO_LONG']);
  });

  it('names the limit in the message', () => {
    expect(checkAnswer(nickname, 'a'.repeat(51)).problems[0].message.fr).toBe(
      'Votre texte est trop long. Écrivez 50 caractères au plus.',
    );
  });

  it('accepts a long text of 5000 characters', () => {
    expect(checkAnswer(longText, 'a'.repeat(5000)).problems).toEqual([]);
  });

  it('refuses a long text of 5001 characters', () => {
    expect(codes(checkAnswer(longText, 'a'.repeat(5001)))).toEqual(['TEXT_TOO_LONG']);
  });

  it('counts emoji as one character each', () => {
    expect(checkAnswer(nickname, '😀'.repeat(50)).problems).toEqual([]);
  });

  it('counts a Windows line break as one character', () => {
    expect(checkAnswer(nickname, `${'a'.repeat(24)}\r\n${'b'.repeat(25)}`).problems).toEqual([]);
  });

  it('refuses a number', () => {
    expect(codes(checkAnswer(shortText, 42))).toEqual(['INVALID_ANSWER_TYPE']);
  });

  it('treats a text of spaces as no answer', () => {
    expect(checkAnswer(shortText, '   ').value).toBeUndefined();
  });
});
