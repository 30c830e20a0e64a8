import { isTransferableRequest } from './transfer-cache.rule';

const get = (url: string) => ({ method: 'GET', url });

describe('isTransferableRequest', () => {
  it('hands public answers fetched by the server to the browser', () => {
    expect(isTransferableRequest(get('/api/processes'))).toBe(true);
    expect(isTransferableRequest(get('/api/budget-processes/budget-participatif-2026'))).toBe(true);
    expect(isTransferableRequest(get('/api/consultations?page=2'))).toBe(true);
  });

  it("hands over the resident's own answers, which only a page rendered with their session obtains", () => {
    expect(isTransferableRequest(get('/api/me'))).toBe(true);
    expect(isTransferableRequest(get('/api/processes/p1/eligibility/me'))).toBe(true);
    expect(isTransferableRequest(get('/api/processes/p1/ballot'))).toBe(true);
  });

  it('never hands over the session or the CSRF token, whose cookies the browser must get itself', () => {
    expect(isTransferableRequest(get('/api/auth/csrf'))).toBe(false);
  });

  it('never hands over back-office answers', () => {
    expect(isTransferableRequest(get('/api/staff/processes'))).toBe(false);
    expect(isTransferableRequest(get('/api/admin/roles'))).toBe(false);
  });

  it('leaves writes and other origins alone', () => {
    expect(isTransferableRequest({ method: 'POST', url: '/api/processes' })).toBe(false);
    expect(isTransferableRequest(get('https://tiles.example.org/1/2/3.png'))).toBe(false);
  });
});
