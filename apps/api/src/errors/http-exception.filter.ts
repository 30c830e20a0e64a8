import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';

import type { ApiError, LocalizedText } from '@agora/contracts';

import { DomainError } from './domain.error';

const GENERIC: Record<number, { code: string; text: LocalizedText }> = {
  400: { code: 'BAD_REQUEST', text: { fr: 'Requête invalide.', en: 'Bad request.' } },
  401: { code: 'UNAUTHENTICATED', text: { fr: 'Veuillez vous connecter.', en: 'Please sign in.' } },
  403: { code: 'FORBIDDEN', text: { fr: 'Vous n’avez pas les droits pour cette action.', en: 'You are not allowed to do this.' } },
  404: { code: 'NOT_FOUND', text: { fr: 'Page ou ressource introuvable.', en: 'Not found.' } },
  405: { code: 'METHOD_NOT_ALLOWED', text: { fr: 'Méthode non autorisée.', en: 'Method not allowed.' } },
  409: { code: 'CONFLICT', text: { fr: 'Conflit avec l’état actuel.', en: 'Conflict with the current state.' } },
  413: { code: 'PAYLOAD_TOO_LARGE', text: { fr: 'Le contenu envoyé est trop volumineux.', en: 'The request body is too large.' } },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', text: { fr: 'Type de contenu non pris en charge.', en: 'Unsupported content type.' } },
  429: { code: 'TOO_MANY_REQUESTS', text: { fr: 'Trop de tentatives, réessayez plus tard.', en: 'Too many attempts, try again later.' } },
  503: { code: 'SERVICE_UNAVAILABLE', text: { fr: 'Service momentanément indisponible, réessayez dans un instant.', en: 'Service briefly unavailable, try again in a moment.' } },
  500: { code: 'INTERNAL_ERROR', text: { fr: 'Erreur interne, l’équipe technique est prévenue.', en: 'Internal error, the team has been notified.' } },
};

/** The one place where errors become HTTP answers: a 4xx with a readable message, a 500 only for bugs. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toApiError(exception);
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (response.headersSent) return;
    if (body.statusCode === HttpStatus.SERVICE_UNAVAILABLE) response.setHeader('Retry-After', '2');
    response.status(body.statusCode).json(body);
  }

  private toApiError(exception: unknown): ApiError {
    if (exception instanceof DomainError) {
      return { statusCode: exception.status, code: exception.code, message: exception.text, fields: exception.fields };
    }
    const status = this.statusOf(exception);
    const generic = GENERIC[status] ?? GENERIC[status >= 500 ? 500 : 400];
    return { statusCode: status, code: generic.code, message: generic.text };
  }

  private statusOf(exception: unknown): number {
    if (exception instanceof HttpException) return exception.getStatus();
    // Errors raised by body-parser (malformed JSON, body too large) carry their status.
    const candidate = exception as { status?: unknown; statusCode?: unknown; type?: unknown } | null;
    const status = Number(candidate?.status ?? candidate?.statusCode);
    if (Number.isInteger(status) && status >= 400 && status < 500) return status;
    // A value PostgreSQL rejects as malformed (e.g. a bad uuid that slipped through) is the caller's fault.
    const pgCode = (exception as { code?: unknown } | null)?.code;
    if (pgCode === '22P02') return HttpStatus.BAD_REQUEST;
    if (databaseUnavailable(exception)) return HttpStatus.SERVICE_UNAVAILABLE;
    return HttpStatus.INTERNAL_SERVER_ERROR;
  }
}

/** PostgreSQL restarting or out of reach (failover, restart): a transient state, not a bug; the request changed nothing. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08006', '53300']);
const UNAVAILABLE_NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

export function databaseUnavailable(exception: unknown): boolean {
  const error = exception as { code?: unknown; driverError?: { code?: unknown }; message?: unknown } | null;
  const code = String(error?.driverError?.code ?? error?.code ?? '');
  if (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_NETWORK.has(code)) return true;
  return /Connection terminated|connection timeout|Client has encountered a connection error/i.test(String(error?.message ?? ''));
}
