import { bilingualMail, linksIn } from './mail.template';

const content = {
  to: 'ana@example.fr',
  subject: { fr: 'Bonjour', en: 'Hello' },
  paragraphs: { fr: ['Texte <b>fr</b>'], en: ['English text'] },
  action: {
    url: 'https://agora.test/verifier-email?token=abc&x=1',
    label: { fr: 'Confirmer', en: 'Confirm' },
  },
};

describe('bilingual mail', () => {
  it('puts French before English in the text', () => {
    const mail = bilingualMail(content);
    expect(mail.text.indexOf('Texte')).toBeLessThan(mail.text.indexOf('English text'));
  });

  it('names both languages in the subject', () => {
    expect(bilingualMail(content).subject).toBe('Bonjour / Hello');
  });

  it('escapes the HTML part', () => {
    const mail = bilingualMail(content);
    expect(mail.html).toContain('Texte &lt;b&gt;fr&lt;/b&gt;');
    expect(mail.html).toContain('href="https://agora.test/verifier-email?token=abc&amp;x=1"');
  });

  it('finds each link once', () => {
    expect(linksIn(bilingualMail(content).text)).toEqual(['https://agora.test/verifier-email?token=abc&x=1']);
  });

  it('finds no link in plain text', () => {
    expect(linksIn('Rien à cliquer.')).toEqual([]);
  });
});
