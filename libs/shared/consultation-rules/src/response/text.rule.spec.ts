import { countCharacters, normaliseText } from './text.rule';

describe('normaliseText', () => {
  it('trims spaces at both ends', () => {
    expect(normaliseText('  halle  ')).toBe('halle');
  });

  it('turns Windows line breaks into "\\n"', () => {
    expect(normaliseText('un\r\ndeux\rtrois')).toBe('un\ndeux\ntrois');
  });

  it('composes accents so a decomposed "é" equals a composed one', () => {
    expect(normaliseText('e\u0301')).toBe('\u00e9');
  });
});

describe('countCharacters', () => {
  it('counts an emoji as one character', () => {
    expect(countCharacters('😀')).toBe(1);
  });

  it('counts accented letters once', () => {
    expect(countCharacters('été')).toBe(3);
  });
});
