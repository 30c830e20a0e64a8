import { NO_ONE, counterRequest } from './counter-request.state';

describe('counterRequest', () => {
  it('sends only the identity fields typed in, trimmed', () => {
    const request = counterRequest(
      { q1: true },
      { ...NO_ONE, lastName: ' Martin ', firstName: 'Camille', birthDate: '1980-02-01' },
      false,
    );
    expect(request).toEqual({
      answers: { q1: true },
      lastName: 'Martin',
      firstName: 'Camille',
      birthDate: '1980-02-01',
    });
  });

  it('keeps the consent to be notified only with an e-mail', () => {
    expect(counterRequest({}, { ...NO_ONE, email: 'a@b.fr' }, true).notifyMe).toBe(true);
    expect(counterRequest({}, { ...NO_ONE, lastName: 'Martin' }, true).notifyMe).toBeUndefined();
  });

  it('passes the quartier checked on a proof of address', () => {
    expect(counterRequest({}, { ...NO_ONE, email: 'a@b.fr', quartierId: 'tilleuls' }, false).quartierId).toBe(
      'tilleuls',
    );
  });
});
