import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

import type { RoleName } from '@agora/contracts';

import { ACCESS_POLICY, AccessPolicy, TerritorySource } from './access.decorator';
import { accessErrors } from './access.errors';
import { isUuid } from './id.rule';
import type { AgoraRequest, Principal } from './principal';
import { RoleService } from './role.service';

/**
 * Denies by default: a route that declares no policy is refused (and a test lists such routes).
 * Runs after the session middleware (which sets `req.principal`) and before validation, so the
 * territory id it reads is checked here too: malformed → 400, unknown → 404, not held → 403.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('AccessGuard');

  constructor(
    private readonly reflector: Reflector,
    private readonly roles: RoleService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy) {
      this.logger.error(
        `No access policy on ${context.getClass().name}.${context.getHandler().name}: denied`,
      );
      throw accessErrors.noPolicy();
    }
    if (policy.kind === 'public') return true;
    const request = context.switchToHttp().getRequest<AgoraRequest>();
    const principal = request.principal;
    if (!principal) throw accessErrors.unauthenticated();
    // Acting with a role needs a confirmed address too: otherwise whoever signed up first with a
    // staff member's address could receive the role meant for them.
    if ((policy.kind === 'signedIn' && policy.verifiedEmail) || policy.kind === 'role') {
      if (!principal.emailVerified) throw accessErrors.emailNotVerified();
    }
    if (policy.kind === 'signedIn') return true;
    return this.checkRole(principal, policy.roles, policy.territory, request);
  }

  private async checkRole(
    principal: Principal,
    roles: readonly RoleName[],
    source: TerritorySource,
    request: AgoraRequest,
  ): Promise<true> {
    if (source.from === 'any') {
      if (await this.roles.holdsAnywhere(principal.accountId, roles)) return true;
      throw accessErrors.forbidden();
    }
    const territoryId = this.territoryIdFrom(request, source);
    const verdict = await this.roles.check(principal.accountId, roles, territoryId);
    if (verdict === 'unknownTerritory') throw accessErrors.territoryNotFound();
    if (verdict === 'denied') throw accessErrors.forbidden();
    return true;
  }

  private territoryIdFrom(
    request: AgoraRequest,
    source: { from: 'param' | 'query' | 'body'; key: string },
  ): string {
    const bag: unknown =
      source.from === 'param' ? request.params : source.from === 'query' ? request.query : request.body;
    const value = bag && typeof bag === 'object' ? (bag as Record<string, unknown>)[source.key] : undefined;
    if (value === undefined || value === null || value === '')
      throw accessErrors.territoryRequired(source.key);
    if (typeof value !== 'string' || !isUuid(value)) throw accessErrors.invalidId(source.key);
    return value;
  }
}
