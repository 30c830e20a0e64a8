import type { ApiError, FieldError } from '@agora/contracts';

import { Translatable, isLocalizedText } from '../i18n/message-format';

/** A failed request as the pages show it: the API's own bilingual message when it gave one. */
export interface AppError {
  status: number;
  code: string;
  message: Translatable;
  fields: FieldError[];
}

function isApiError(body: unknown): body is ApiError {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as ApiError).code === 'string' &&
    isLocalizedText((body as ApiError).message)
  );
}

function isFieldError(value: unknown): value is FieldError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldError).field === 'string' &&
    isLocalizedText((value as FieldError).message)
  );
}

/** Maps whatever a request threw (usually an HttpErrorResponse) to an AppError. */
export function toAppError(error: unknown): AppError {
  const status =
    typeof (error as { status?: unknown })?.status === 'number' ? (error as { status: number }).status : -1;
  let body = (error as { error?: unknown })?.error;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      // Not JSON: a proxy's HTML page, for instance; the fallbacks below apply.
    }
  }
  if (isApiError(body)) {
    return {
      status: body.statusCode ?? status,
      code: body.code,
      message: body.message,
      fields: Array.isArray(body.fields) ? body.fields.filter(isFieldError) : [],
    };
  }
  if (status === 0) return { status, code: 'NETWORK', message: 'errors.network', fields: [] };
  if (status === 401)
    return { status, code: 'UNAUTHENTICATED', message: 'errors.unauthenticated', fields: [] };
  if (status === 403) return { status, code: 'FORBIDDEN', message: 'errors.forbidden', fields: [] };
  if (status === 404) return { status, code: 'NOT_FOUND', message: 'errors.notFound', fields: [] };
  if (status === 429) return { status, code: 'RATE_LIMITED', message: 'errors.rateLimited', fields: [] };
  return { status, code: 'UNEXPECTED', message: 'errors.unexpected', fields: [] };
}

/** The API's error codes for a missing or stale CSRF token, after which one retry is safe. */
export function isCsrfRefusal(error: AppError): boolean {
  return error.status === 403 && /CSRF/i.test(error.code);
}
