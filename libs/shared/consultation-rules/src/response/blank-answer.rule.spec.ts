import { isBlankAnswer } from './blank-answer.rule';

describe('isBlankAnswer', () => {
  it('treats null as blank', () => {
    expect(isBlankAnswer(null)).toBe(true);
  });

  it('treats a text of spaces as blank', () => {
    expect(isBlankAnswer('   ')).toBe(true);
  });

  it('treats a multiple choice with nothing ticked as blank', () => {
    expect(isBlankAnswer({ optionIds: [], other: '' })).toBe(true);
  });

  it('does not treat 0 as blank', () => {
    expect(isBlankAnswer(0)).toBe(false);
  });

  it('does not treat "Non" (false) as blank', () => {
    expect(isBlankAnswer(false)).toBe(false);
  });
});
