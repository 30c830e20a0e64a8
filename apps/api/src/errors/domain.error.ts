import { HttpStatus } from '@nestjs/common';

import type { FieldError, LocalizedText } from '@agora/contracts';

/**
 * A refusal a person can understand: a stable code, a message in French and English, and the HTTP
 * status it maps to. Services throw these; one filter turns them into `ApiError` bodies.
 */
export class DomainError extends Error {
  constructor(
    readonly status: HttpStatus,
    readonly code: string,
    readonly text: LocalizedText,
    readonly fields?: FieldError[],
  ) {
    super(text.en);
  }
}

export const notFound = (code: string, fr: string, en: string) => new DomainError(HttpStatus.NOT_FOUND, code, { fr, en });
export const badRequest = (code: string, fr: string, en: string, fields?: FieldError[]) =>
  new DomainError(HttpStatus.BAD_REQUEST, code, { fr, en }, fields);
export const conflict = (code: string, fr: string, en: string) => new DomainError(HttpStatus.CONFLICT, code, { fr, en });
export const forbidden = (code: string, fr: string, en: string) => new DomainError(HttpStatus.FORBIDDEN, code, { fr, en });
export const unauthorized = (code: string, fr: string, en: string) =>
  new DomainError(HttpStatus.UNAUTHORIZED, code, { fr, en });
export const unprocessable = (code: string, fr: string, en: string, fields?: FieldError[]) =>
  new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, code, { fr, en }, fields);
export const serviceUnavailable = (code: string, fr: string, en: string) =>
  new DomainError(HttpStatus.SERVICE_UNAVAILABLE, code, { fr, en });
export const tooManyRequests = (code: string, fr: string, en: string) =>
  new DomainError(HttpStatus.TOO_MANY_REQUESTS, code, { fr, en });
export const gone = (code: string, fr: string, en: string) => new DomainError(HttpStatus.GONE, code, { fr, en });
