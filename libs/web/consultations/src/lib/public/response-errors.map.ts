import type { ResponseError, ResponseErrorCode } from '@agora/consultation-rules';
import type { AppError } from '@agora/web-core';

/**
 * The API's refusal of a response as the form's errors: each field error names its question
 * (`answers.q3`); `answers` alone is about the whole response.
 */
export function responseErrorsOf(error: AppError): ResponseError[] {
  return error.fields.map((field) => {
    const match = /^answers\.(.+)$/.exec(field.field);
    return {
      questionId: match ? match[1] : null,
      code: field.code as ResponseErrorCode,
      message: { fr: field.message.fr, en: field.message.en },
    };
  });
}
