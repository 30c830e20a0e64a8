import { sanitizeRichText } from './rich-text.rule';

describe('sanitizeRichText', () => {
  it('keeps paragraphs, emphasis and lists', () => {
    expect(sanitizeRichText('<p>Un <strong>budget</strong></p><ul><li>a</li></ul>')).toBe('<p>Un <strong>budget</strong></p><ul><li>a</li></ul>');
  });

  it('drops scripts and event handlers', () => {
    expect(sanitizeRichText('<p onclick="x()">a</p><script>alert(1)</script>')).toBe('<p>a</p>');
  });

  it('drops javascript: links but keeps the text', () => {
    expect(sanitizeRichText('<a href="javascript:alert(1)">lien</a>')).toBe('<a rel="noopener noreferrer">lien</a>');
  });

  it('turns a page-level heading into a section heading', () => {
    expect(sanitizeRichText('<h1>Titre</h1>')).toBe('<h2>Titre</h2>');
  });
});
