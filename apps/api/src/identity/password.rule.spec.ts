import { commonPasswordCount, passwordProblem } from './password.rule';

const email = 'camille.martin@example.fr';

describe('password rule', () => {
  it('accepts a long uncommon password', () => {
    expect(passwordProblem('violet-tramway-de-brest', email)).toBeNull();
  });

  it('refuses fewer than 12 characters', () => {
    expect(passwordProblem('court-1234', email)).toBe('tooShort');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordProblem('😀'.repeat(11), email)).toBe('tooShort');
  });

  it('refuses more than 256 characters', () => {
    expect(passwordProblem('a'.repeat(257), email)).toBe('tooLong');
  });

  it('refuses a password from the common list whatever its case', () => {
    expect(passwordProblem('QWERTY123456', email)).toBe('commonPassword');
    expect(passwordProblem('1qaz2wsx3edc', email)).toBe('commonPassword');
  });

  it('refuses a common password followed by digits and symbols', () => {
    expect(passwordProblem('sunshine2024!!', email)).toBe('commonPassword');
  });

  it('refuses a password containing the local part of the address', () => {
    expect(passwordProblem('camille.martin-1990', email)).toBe('containsEmail');
  });

  it('refuses a password equal to a short local part', () => {
    expect(passwordProblem('abcdefghijkl', 'abcdefghijkl@example.fr')).not.toBeNull();
  });

  it('ignores a local part too short to mean anything', () => {
    expect(passwordProblem('mon-jardin-potager', 'jo@example.fr')).toBeNull();
  });

  it('loads the 10,000 most common passwords', () => {
    expect(commonPasswordCount()).toBeGreaterThan(9900);
  });
});
