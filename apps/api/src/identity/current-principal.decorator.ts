import { createParamDecorator, ExecutionContext } from '@nestjs/common';

import type { AgoraRequest, Principal } from '../access/principal';
import { unauthorized } from '../errors/domain.error';

/** The signed-in caller, on routes whose access policy requires one (the guard has checked). */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AgoraRequest>().principal;
  if (!principal) throw unauthorized('UNAUTHENTICATED', 'Veuillez vous connecter.', 'Please sign in.');
  return principal;
});
