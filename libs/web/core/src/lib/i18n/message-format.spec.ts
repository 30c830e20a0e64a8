import { interpolate, isLocalizedText, pickLocale, placeholdersOf } from './message-format';

describe('message format', () => {
  it('replaces named placeholders', () => {
    expect(interpolate('Page {page} sur {total}', { page: 2, total: 5 })).toBe('Page 2 sur 5');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(interpolate('Bonjour {name}', {})).toBe('Bonjour {name}');
  });

  it('lists the placeholders of a message in order', () => {
    expect(placeholdersOf('{total} results, page {page}')).toEqual(['page', 'total']);
  });

  it('recognises a text given in both languages', () => {
    expect(isLocalizedText({ fr: 'Oui', en: 'Yes' })).toBe(true);
    expect(isLocalizedText('common.yes')).toBe(false);
  });

  it('falls back to French when the English text is empty', () => {
    expect(pickLocale({ fr: 'Oui', en: '' }, 'en')).toBe('Oui');
  });
});
