import { responseErrorsOf } from './response-errors.map';

const message = { fr: 'Cette question est obligatoire.', en: 'This question is required.' };

describe('responseErrorsOf', () => {
  it('ties an answer refused by the API to its question', () => {
    const errors = responseErrorsOf({
      status: 400,
      code: 'VALIDATION',
      message,
      fields: [{ field: 'answers.q3', code: 'REQUIRED', message }],
    });
    expect(errors).toEqual([{ questionId: 'q3', code: 'REQUIRED', message }]);
  });

  it('keeps a problem with the whole response for the top of the form', () => {
    const errors = responseErrorsOf({
      status: 400,
      code: 'VALIDATION',
      message,
      fields: [{ field: 'answers', code: 'RESPONSE_NOT_OBJECT', message }],
    });
    expect(errors[0].questionId).toBeNull();
  });
});
