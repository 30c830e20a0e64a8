import { cleanDescription, excerptOf, plainTextOf } from './proposal-description.rule';

describe('proposal descriptions', () => {
  it('drops scripts and event handlers from rich text', () => {
    const clean = cleanDescription(
      '<p onclick="steal()">Un <strong>banc</strong></p><script>alert(1)</script>',
      'html',
    );
    expect(clean).toBe('<p>Un <strong>banc</strong></p>');
  });

  it('keeps links but only to the web or e-mail, and marks them nofollow', () => {
    expect(cleanDescription('<a href="javascript:alert(1)">x</a>', 'html')).toBe(
      '<a rel="nofollow noopener noreferrer">x</a>',
    );
    expect(cleanDescription('<a href="https://exemple.fr">plan</a>', 'html')).toBe(
      '<a href="https://exemple.fr" rel="nofollow noopener noreferrer">plan</a>',
    );
  });

  it('drops images and styles from rich text', () => {
    expect(
      cleanDescription('<p style="color:red">Texte<img src="https://pixel.example/t.gif"></p>', 'html'),
    ).toBe('<p>Texte</p>');
  });

  it('keeps plain text as typed, apart from control characters and surrounding spaces', () => {
    expect(cleanDescription('  Ligne 1\r\nLigne <2>\u0007  ', 'text')).toBe('Ligne 1\nLigne <2>');
  });

  it('reads the words of rich text without its tags and entities', () => {
    expect(plainTextOf('<p>Pistes &amp; bancs</p><ul><li>un</li><li>deux</li></ul>', 'html')).toBe(
      'Pistes & bancs un deux',
    );
  });

  it('cuts an excerpt on a word boundary', () => {
    expect(excerptOf('un deux trois quatre cinq', 'text', 12)).toBe('un deux…');
  });
});
