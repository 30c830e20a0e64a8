import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';

import {
  PasswordResetConfirmRequest,
  PasswordResetRequest,
  SignInRequest,
  SignUpRequest,
  TokenRequest,
} from '@agora/contracts';
import type { Me, MessageResponse } from '@agora/contracts';

import { Public, SignedIn } from '../access/access.decorator';
import type { AgoraRequest, Principal } from '../access/principal';
import { APP_CONFIG } from '../config/app.config';
import type { AppConfig } from '../config/app.config';
import { AccountService } from './account.service';
import { clientInfoOf } from './client-info.rule';
import { CredentialsService } from './credentials.service';
import { CurrentPrincipal } from './current-principal.decorator';
import { identityMessages } from './identity.messages';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from './session.cookie';
import { SessionService } from './session.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly accounts: AccountService,
    private readonly credentials: CredentialsService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Hands out the CSRF cookie (the middleware sets it on any GET that lacks it). */
  @Get('csrf')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({
    description: 'Sets the XSRF-TOKEN cookie to send back in the X-XSRF-TOKEN header.',
  })
  csrf(): void {
    return;
  }

  @Post('sign-up')
  @Public()
  @HttpCode(HttpStatus.CREATED)
  async signUp(@Body() body: SignUpRequest, @Req() req: AgoraRequest): Promise<MessageResponse> {
    await this.accounts.signUp(body, clientInfoOf(req).ip);
    return identityMessages.signedUp;
  }

  @Post('verify-email')
  @Public()
  @HttpCode(HttpStatus.OK)
  async verifyEmail(@Body() body: TokenRequest): Promise<MessageResponse> {
    await this.accounts.verifyEmail(body.token);
    return identityMessages.emailVerified;
  }

  @Post('verify-email/resend')
  @SignedIn({ verifiedEmail: false })
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiCookieAuth('agora_session')
  async resendVerification(@CurrentPrincipal() principal: Principal): Promise<MessageResponse> {
    await this.accounts.resendVerification(principal.accountId);
    return identityMessages.verificationSent;
  }

  @Post('sign-in')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'The signed-in person (Me); sets the agora_session cookie.' })
  async signIn(
    @Body() body: SignInRequest,
    @Req() req: AgoraRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Me> {
    const { me, sessionToken } = await this.credentials.signIn(body, clientInfoOf(req));
    setSessionCookie(res, req, this.config, sessionToken);
    return me;
  }

  @Post('sign-out')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  async signOut(@Req() req: AgoraRequest, @Res({ passthrough: true }) res: Response): Promise<void> {
    const token: unknown = req.cookies?.[SESSION_COOKIE];
    if (typeof token === 'string' && token) await this.sessions.closeByToken(token);
    clearSessionCookie(res, req, this.config);
  }

  @Post('password-reset/request')
  @Public()
  @HttpCode(HttpStatus.ACCEPTED)
  async requestPasswordReset(
    @Body() body: PasswordResetRequest,
    @Req() req: AgoraRequest,
  ): Promise<MessageResponse> {
    await this.credentials.requestPasswordReset(body.email, clientInfoOf(req));
    return identityMessages.resetRequested;
  }

  @Post('password-reset/confirm')
  @Public()
  @HttpCode(HttpStatus.OK)
  async confirmPasswordReset(@Body() body: PasswordResetConfirmRequest): Promise<MessageResponse> {
    await this.credentials.confirmPasswordReset(body.token, body.password);
    return identityMessages.passwordReset;
  }

  /** Public: the link may be opened in another browser than the one that asked for the change. */
  @Post('email-change/confirm')
  @Public()
  @HttpCode(HttpStatus.OK)
  async confirmEmailChange(@Body() body: TokenRequest): Promise<MessageResponse> {
    await this.accounts.confirmEmailChange(body.token);
    return identityMessages.emailChanged;
  }
}
