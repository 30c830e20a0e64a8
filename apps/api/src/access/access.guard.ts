import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

import { forbidden, unauthorized } from '../errors/domain.error';
import { ACCESS_POLICY, AccessPolicy } from './access.decorator';
import type { AgoraRequest } from './principal';

/** Denies by default: a route that declares no policy is refused (and a test lists such routes). */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('AccessGuard');

  constructor(private readonly reflector: Reflector) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy) {
      this.logger.error(`No access policy on ${context.getClass().name}.${context.getHandler().name}: denied`);
      throw forbidden('NO_ACCESS_POLICY', 'Accès refusé.', 'Access denied.');
    }
    if (policy.kind === 'public') return true;
    const request = context.switchToHttp().getRequest<AgoraRequest>();
    const principal = request.principal;
    if (!principal) throw unauthorized('UNAUTHENTICATED', 'Veuillez vous connecter.', 'Please sign in.');
    if (policy.kind === 'signedIn') {
      if (policy.verifiedEmail && !principal.emailVerified) {
        throw forbidden(
          'EMAIL_NOT_VERIFIED',
          'Confirmez d’abord votre adresse e-mail (lien reçu par e-mail).',
          'Please confirm your e-mail address first (link sent by e-mail).',
        );
      }
      return true;
    }
    // Role policies are checked against the role assignments (access module, see RoleService).
    throw forbidden('FORBIDDEN', 'Vous n’avez pas les droits pour cette action.', 'You are not allowed to do this.');
  }
}
