import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AccountEntity } from './account.entity';
import { AccountService } from './account.service';
import { AccountTokenEntity } from './account-token.entity';
import { AccountTokenService } from './account-token.service';
import { AuthController } from './auth.controller';
import { CredentialsService } from './credentials.service';
import { CsrfMiddleware } from './csrf.middleware';
import { MeController } from './me.controller';
import { PasswordHasher } from './password.hasher';
import { PersonalDataService } from './personal-data.service';
import { RoleGrantRepository } from './role-grant.repository';
import { SessionEntity } from './session.entity';
import { SessionMiddleware } from './session.middleware';
import { SessionService } from './session.service';

/**
 * Accounts, sessions, CSRF protection and the GDPR rights. Its middlewares run on every API request:
 * CSRF first (a forged request goes no further), then the session, which sets `req.principal` for
 * the global AccessGuard. Needs the global MailModule and RateLimitModule.
 */
@Module({
  imports: [TypeOrmModule.forFeature([AccountEntity, SessionEntity, AccountTokenEntity]), DiscoveryModule],
  controllers: [AuthController, MeController],
  providers: [
    AccountService,
    AccountTokenService,
    CredentialsService,
    PasswordHasher,
    PersonalDataService,
    RoleGrantRepository,
    SessionService,
  ],
  exports: [AccountService, PasswordHasher, SessionService],
})
export class IdentityModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // RFC 8058: mail providers post the works' one-click unsubscribe with no cookie; its signed token is
    // the authorisation and it reads no session, so the CSRF double-submit cannot apply there.
    consumer
      .apply(CsrfMiddleware)
      .exclude({ path: 'works/unsubscribe/one-click', method: RequestMethod.POST })
      .forRoutes('{*path}');
    consumer.apply(SessionMiddleware).forRoutes('{*path}');
  }
}
