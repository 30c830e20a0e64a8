import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Put,
  Req,
} from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';

import { CreateCommentRequest, ReasonRequest, UpdateProposalRequest } from '@agora/contracts';
import type { ProposalComment, ProposalDetail, ProposalSupportState } from '@agora/contracts';

import { Public, SignedIn } from '../access/access.decorator';
import { IdPipe } from '../access/id.pipe';
import type { AgoraRequest, Principal } from '../access/principal';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { ProposalEngagementService } from './proposal-engagement.service';
import { ProposalQueryService } from './proposal-query.service';
import { ProposalsService } from './proposals.service';

/** One proposal: its page, the author's edits, and what other residents do on it. */
@ApiTags('proposals')
@Controller('proposals')
export class ProposalsController {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly query: ProposalQueryService,
    private readonly engagement: ProposalEngagementService,
  ) {}

  /** The proposal page; a draft exists only for its author. */
  @Get(':id')
  @Public()
  detail(@Param('id', IdPipe) id: string, @Req() req: AgoraRequest): Promise<ProposalDetail> {
    return this.query.detail(id, req.principal?.accountId ?? null);
  }

  @Patch(':id')
  @SignedIn()
  @ApiCookieAuth('agora_session')
  update(
    @Param('id', IdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
    @Body() body: UpdateProposalRequest,
  ): Promise<ProposalDetail> {
    return this.proposals.update(id, principal.accountId, body);
  }

  @Post(':id/publish')
  @HttpCode(HttpStatus.OK)
  @SignedIn()
  @ApiCookieAuth('agora_session')
  publish(
    @Param('id', IdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ProposalDetail> {
    return this.proposals.publish(id, principal.accountId);
  }

  @Post(':id/withdraw')
  @HttpCode(HttpStatus.OK)
  @SignedIn()
  @ApiCookieAuth('agora_session')
  withdraw(
    @Param('id', IdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ProposalDetail> {
    return this.proposals.withdraw(id, principal.accountId);
  }

  /** Idempotent: supporting twice (or double-clicking) keeps one support. */
  @Put(':id/support')
  @SignedIn()
  @ApiCookieAuth('agora_session')
  support(
    @Param('id', IdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ProposalSupportState> {
    return this.engagement.support(id, principal.accountId);
  }

  @Delete(':id/support')
  @SignedIn()
  @ApiCookieAuth('agora_session')
  unsupport(
    @Param('id', IdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ProposalSupportState> {
    return this.engagement.unsupport(id, principal.accountId);
  }

  @Post(':id/comments')
  @SignedIn()
  @ApiCookieAuth('agora_session')
  comment(
    @Param('id', IdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateCommentRequest,
  ): Promise<ProposalComment> {
    return this.engagement.comment(id, principal.accountId, body);
  }

  @Post(':id/reports')
  @HttpCode(HttpStatus.NO_CONTENT)
  @SignedIn()
  @ApiCookieAuth('agora_session')
  report(
    @Param('id', IdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
    @Body() body: ReasonRequest,
  ): Promise<void> {
    return this.engagement.reportProposal(id, principal.accountId, body.reason);
  }

  @Post('comments/:commentId/reports')
  @HttpCode(HttpStatus.NO_CONTENT)
  @SignedIn()
  @ApiCookieAuth('agora_session')
  reportComment(
    @Param('commentId', IdPipe) commentId: string,
    @CurrentPrincipal() principal: Principal,
    @Body() body: ReasonRequest,
  ): Promise<void> {
    return this.engagement.reportComment(commentId, principal.accountId, body.reason);
  }
}
