import { contactHref } from './contact-link';

describe('contactHref', () => {
  it('links an e-mail address with mailto', () => {
    expect(contactHref(' dpo@demo.fr ')).toBe('mailto:dpo@demo.fr');
  });

  it('links a web address as it is', () => {
    expect(contactHref('https://demo.fr/contact')).toBe('https://demo.fr/contact');
  });

  it('leaves a postal address as text', () => {
    expect(contactHref('Hôtel de ville, 1 place de la Mairie')).toBeNull();
  });

  it('refuses a javascript: address', () => {
    expect(contactHref('javascript:alert(1)')).toBeNull();
  });
});
