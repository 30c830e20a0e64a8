import type { ConsultationItem } from '@agora/consultation-rules';

import {
  errorsByQuestion,
  isEmptyValue,
  moved,
  questionNumbers,
  screensOf,
  withAnswer,
} from './answer-form.state';

const section: ConsultationItem = { id: 's1', type: 'section', title: { fr: 'Vos habitudes' } };
const q1: ConsultationItem = { id: 'q1', type: 'yes-no', title: { fr: 'Venez-vous ?' } };
const help: ConsultationItem = { id: 'h1', type: 'help-text', text: { fr: 'Une précision.' } };
const q2: ConsultationItem = { id: 'q2', type: 'short-text', title: { fr: 'Votre avis' } };
const closing: ConsultationItem = { id: 'h2', type: 'help-text', text: { fr: 'Merci.' } };

describe('answer form state', () => {
  it('keeps everything on one screen unless asked otherwise', () => {
    expect(screensOf([section, q1, help, q2], false)).toEqual([[section, q1, help, q2]]);
  });

  it('puts a section title and a help text on the screen of the question after them', () => {
    expect(screensOf([section, q1, help, q2], true)).toEqual([
      [section, q1],
      [help, q2],
    ]);
  });

  it('keeps a closing text on the last question screen', () => {
    expect(screensOf([q1, q2, closing], true)).toEqual([[q1], [q2, closing]]);
  });

  it('removes an answer that was emptied', () => {
    expect(withAnswer({ q1: true, q2: 'avis' }, 'q2', '  ')).toEqual({ q1: true });
    expect(withAnswer({ q1: true }, 'q2', 'avis')).toEqual({ q1: true, q2: 'avis' });
  });

  it('treats false and zero as answers', () => {
    expect(isEmptyValue(false)).toBe(false);
    expect(isEmptyValue(0)).toBe(false);
    expect(isEmptyValue([])).toBe(true);
    expect(isEmptyValue({})).toBe(true);
  });

  it('numbers the questions only', () => {
    expect(questionNumbers([section, q1, help, q2])).toEqual({ q1: 1, q2: 2 });
  });

  it('groups errors by question', () => {
    const message = { fr: 'Obligatoire', en: 'Required' };
    expect(errorsByQuestion([{ questionId: 'q1', code: 'REQUIRED', message }])).toEqual({ q1: [message] });
  });

  it('moves an element and ignores a move out of the list', () => {
    expect(moved(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moved(['a', 'b'], 1, 2)).toEqual(['a', 'b']);
  });
});
