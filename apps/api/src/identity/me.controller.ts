import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';

import {
  ChangeEmailRequest,
  ChangePasswordRequest,
  DeleteAccountRequest,
  UpdateProfileRequest,
} from '@agora/contracts';
import type { DownloadLink, Me, MessageResponse } from '@agora/contracts';

import { SignedIn } from '../access/access.decorator';
import type { AgoraRequest, Principal } from '../access/principal';
import { APP_CONFIG } from '../config/app.config';
import type { AppConfig } from '../config/app.config';
import { DownloadLinksService } from '../downloads/download-links.service';
import { AccountService } from './account.service';
import { clientInfoOf } from './client-info.rule';
import { CredentialsService } from './credentials.service';
import { CurrentPrincipal } from './current-principal.decorator';
import { identityMessages } from './identity.messages';
import { PersonalDataService } from './personal-data.service';
import { clearSessionCookie, setSessionCookie } from './session.cookie';

/** The download kind of a person's GDPR export. */
const PERSONAL_DATA_DOWNLOAD = 'personal-data';

/**
 * The signed-in person's own account. None of these needs a verified address: a person who typed a
 * wrong address must be able to fix it, and GDPR rights do not wait for a confirmation.
 */
@ApiTags('me')
@ApiCookieAuth('agora_session')
@Controller('me')
@SignedIn({ verifiedEmail: false })
export class MeController {
  constructor(
    private readonly accounts: AccountService,
    private readonly credentials: CredentialsService,
    private readonly personalData: PersonalDataService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly downloads: DownloadLinksService,
  ) {
    downloads.register(PERSONAL_DATA_DOWNLOAD, async (accountId, params) => {
      const data = await this.personalData.export(accountId, params['sessionId'] ?? '');
      return {
        filename: `agora-mes-donnees-${data.exportedAt.slice(0, 10)}.json`,
        contentType: 'application/json; charset=utf-8',
        content: JSON.stringify(data),
      };
    });
  }

  @Get()
  @ApiOkResponse({ description: 'The signed-in person (Me).' })
  me(@CurrentPrincipal() principal: Principal): Promise<Me> {
    return this.accounts.me(principal.accountId);
  }

  @Patch()
  @ApiOkResponse({ description: 'The updated person (Me).' })
  updateProfile(@CurrentPrincipal() principal: Principal, @Body() body: UpdateProfileRequest): Promise<Me> {
    return this.accounts.updateProfile(principal.accountId, body);
  }

  /** Signs out the other devices; this browser gets a fresh session cookie. */
  @Post('password')
  @HttpCode(HttpStatus.OK)
  async changePassword(
    @CurrentPrincipal() principal: Principal,
    @Body() body: ChangePasswordRequest,
    @Req() req: AgoraRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MessageResponse> {
    const token = await this.credentials.changePassword(
      principal.accountId,
      body.currentPassword,
      body.newPassword,
      clientInfoOf(req),
    );
    setSessionCookie(res, req, this.config, token);
    return identityMessages.passwordChanged;
  }

  @Post('email')
  @HttpCode(HttpStatus.ACCEPTED)
  async requestEmailChange(
    @CurrentPrincipal() principal: Principal,
    @Body() body: ChangeEmailRequest,
  ): Promise<MessageResponse> {
    await this.credentials.requestEmailChange(principal.accountId, body.newEmail, body.password);
    return identityMessages.emailChangeRequested;
  }

  /**
   * A single-use link (5 minutes) to the JSON file of everything held about the person (GDPR
   * article 15): personal data is never served straight from an authenticated GET, so it cannot sit
   * in a cache, a history or a shared computer's downloads by accident, and the link works once.
   */
  @Post('export-link')
  @HttpCode(HttpStatus.CREATED)
  @ApiOkResponse({ description: 'DownloadLink: GET its url once, within 5 minutes.' })
  exportLink(@CurrentPrincipal() principal: Principal): Promise<DownloadLink> {
    return this.downloads.create(principal.accountId, PERSONAL_DATA_DOWNLOAD, { sessionId: principal.sessionId });
  }

  /** Erases the person's data (GDPR article 17); contributions stay, anonymised. */
  @Post('delete')
  @HttpCode(HttpStatus.OK)
  async deleteAccount(
    @CurrentPrincipal() principal: Principal,
    @Body() body: DeleteAccountRequest,
    @Req() req: AgoraRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MessageResponse> {
    await this.credentials.deleteAccount(principal.accountId, body.password);
    clearSessionCookie(res, req, this.config);
    return identityMessages.accountDeleted;
  }
}
