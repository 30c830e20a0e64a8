import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';

import {
  AnswerIdeaRequest,
  AssessProposalRequest,
  MergeProposalRequest,
  ReasonRequest,
} from '@agora/contracts';
import type { ProposalDetail } from '@agora/contracts';

import { RequireRole } from '../access/access.decorator';
import { IdPipe } from '../access/id.pipe';
import type { Principal } from '../access/principal';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { ProposalAssessmentService } from './proposal-assessment.service';
import { ProposalModerationService } from './proposal-moderation.service';
import { PROPOSAL_STAFF_ROLES } from './proposal-staff.policy';

/**
 * Staff actions on proposals and comments. The guard lets in staff of some territory; each service
 * call then checks the role on the proposal's own territory (403 elsewhere) and audits the change.
 */
@ApiTags('proposals (staff)')
@ApiCookieAuth('agora_session')
@Controller('proposals')
@RequireRole(PROPOSAL_STAFF_ROLES, { from: 'any' })
export class ProposalStaffController {
  constructor(
    private readonly moderation: ProposalModerationService,
    private readonly assessment: ProposalAssessmentService,
  ) {}

  @Post(':id/hide')
  @HttpCode(HttpStatus.NO_CONTENT)
  hide(
    @Param('id', IdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
    @Body() body: ReasonRequest,
  ): Promise<void> {
    return this.moderation.hideProposal(id, principal.accountId, body.reason);
  }

  @Post(':id/unhide')
  @HttpCode(HttpStatus.NO_CONTENT)
  unhide(@Param('id', IdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    return this.moderation.unhideProposal(id, principal.accountId);
  }

  @Post('comments/:commentId/hide')
  @HttpCode(HttpStatus.NO_CONTENT)
  hideComment(
    @Param('commentId', IdPipe) commentId: string,
    @CurrentPrincipal() principal: Principal,
    @Body() body: ReasonRequest,
  ): Promise<void> {
    return this.moderation.hideComment(commentId, principal.accountId, body.reason);
  }

  @Post('comments/:commentId/unhide')
  @HttpCode(HttpStatus.NO_CONTENT)
  unhideComment(
    @Param('commentId', IdPipe) commentId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    return this.moderation.hideComment(commentId, principal.accountId, null);
  }

  /** Feasible or not, with a public reason (and the final cost); the author is e-mailed. */
  @Post(':id/assessment')
  @HttpCode(HttpStatus.OK)
  assess(
    @Param('id', IdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
    @Body() body: AssessProposalRequest,
  ): Promise<ProposalDetail> {
    return this.assessment.assess(id, principal.accountId, body);
  }

  /** An idea box's public answer: retained, studied or not retained; the author is e-mailed. */
  @Post(':id/answer')
  @HttpCode(HttpStatus.OK)
  answer(
    @Param('id', IdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
    @Body() body: AnswerIdeaRequest,
  ): Promise<ProposalDetail> {
    return this.assessment.answer(id, principal.accountId, body);
  }

  /** Merges this proposal (a duplicate) into `intoId`; answers with the merged-away proposal. */
  @Post(':id/merge')
  @HttpCode(HttpStatus.OK)
  merge(
    @Param('id', IdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
    @Body() body: MergeProposalRequest,
  ): Promise<ProposalDetail> {
    return this.assessment.merge(id, principal.accountId, body.intoId);
  }
}
