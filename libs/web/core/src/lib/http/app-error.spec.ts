import { isCsrfRefusal, toAppError } from './app-error';

describe('toAppError', () => {
  it('keeps the bilingual message and field errors the API sent', () => {
    const error = toAppError({
      status: 400,
      error: {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: { fr: 'Certains champs sont invalides.', en: 'Some fields are invalid.' },
        fields: [
          { field: 'email', code: 'isEmail', message: { fr: 'Adresse invalide', en: 'Invalid address' } },
        ],
      },
    });
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toEqual({ fr: 'Certains champs sont invalides.', en: 'Some fields are invalid.' });
    expect(error.fields.map((field) => field.field)).toEqual(['email']);
  });

  it('reads an error body that arrived as text', () => {
    const body = JSON.stringify({
      statusCode: 429,
      code: 'RATE_LIMITED',
      message: { fr: 'Trop', en: 'Too many' },
    });
    expect(toAppError({ status: 429, error: body }).message).toEqual({ fr: 'Trop', en: 'Too many' });
  });

  it('explains a network failure when the server cannot be reached', () => {
    expect(toAppError({ status: 0, error: new Error('offline') })).toMatchObject({
      code: 'NETWORK',
      message: 'errors.network',
    });
  });

  it('falls back to a generic message for an answer without an ApiError body', () => {
    expect(toAppError({ status: 502, error: '<html>Bad gateway</html>' }).message).toBe('errors.unexpected');
  });

  it('drops malformed field errors', () => {
    const error = toAppError({
      status: 400,
      error: { code: 'X', message: { fr: 'a', en: 'b' }, fields: [{ field: 'email' }, null] },
    });
    expect(error.fields).toEqual([]);
  });

  it('recognises a refused CSRF token', () => {
    expect(isCsrfRefusal({ status: 403, code: 'CSRF_TOKEN_MISSING', message: 'x', fields: [] })).toBe(true);
    expect(isCsrfRefusal({ status: 403, code: 'FORBIDDEN', message: 'x', fields: [] })).toBe(false);
  });
});
