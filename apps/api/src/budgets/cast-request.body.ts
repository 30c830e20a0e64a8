import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

import type { CastBallotRequest } from '@agora/contracts';

import { badRequest } from '../errors/domain.error';
import { fieldErrorsFrom } from '../errors/validation.messages';
import { checkCastRequest } from './cast-request.rule';

/**
 * `@CastRequestBody()`: the body of an online cast, validated by {@link checkCastRequest} instead of
 * the global ValidationPipe (which leaves custom parameter decorators alone), with the same 400.
 * Runs where the pipe would: after the guard.
 */
export const CastRequestBody = createParamDecorator((_: unknown, context: ExecutionContext): CastBallotRequest => {
  const checked = checkCastRequest(context.switchToHttp().getRequest<Request>().body);
  if ('errors' in checked)
    throw badRequest(
      'VALIDATION_FAILED',
      'Certains champs sont invalides.',
      'Some fields are invalid.',
      fieldErrorsFrom(checked.errors),
    );
  return checked.request;
});
