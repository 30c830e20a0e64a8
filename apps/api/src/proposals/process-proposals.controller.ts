import { Body, Controller, Get, Param, Post, Query, Req } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';

import { CreateProposalRequest, ProposalListQuery, SimilarProposalsQuery } from '@agora/contracts';
import type {
  Page,
  ProposalDetail,
  ProposalFeatureCollection,
  ProposalReportItem,
  ProposalSummary,
  SimilarProposal,
} from '@agora/contracts';

import { Public, RequireRole, SignedIn } from '../access/access.decorator';
import { IdPipe } from '../access/id.pipe';
import type { AgoraRequest, Principal } from '../access/principal';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { ProposalModerationService } from './proposal-moderation.service';
import { ProposalQueryService } from './proposal-query.service';
import { PROPOSAL_STAFF_ROLES } from './proposal-staff.policy';
import { ProposalsService } from './proposals.service';

/** The proposals of one process: the public list, the map, similar titles, and submitting one. */
@ApiTags('proposals')
@Controller('processes/:processId')
export class ProcessProposalsController {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly query: ProposalQueryService,
    private readonly moderation: ProposalModerationService,
  ) {}

  @Get('proposals')
  @Public()
  @ApiOkResponse({ description: 'A page of public proposals (Page<ProposalSummary>).' })
  list(
    @Param('processId', IdPipe) processId: string,
    @Query() query: ProposalListQuery,
  ): Promise<Page<ProposalSummary>> {
    return this.query.list(processId, query);
  }

  @Get('proposals/map')
  @Public()
  @ApiOkResponse({ description: 'The proposals with a place, as a GeoJSON FeatureCollection.' })
  map(
    @Param('processId', IdPipe) processId: string,
    @Query() query: ProposalListQuery,
  ): Promise<ProposalFeatureCollection> {
    return this.query.map(processId, query);
  }

  /** Suggestions while a resident types a title, to support an existing proposal rather than file a duplicate. */
  @Get('proposals/similar')
  @Public()
  similar(
    @Param('processId', IdPipe) processId: string,
    @Query() query: SimilarProposalsQuery,
  ): Promise<SimilarProposal[]> {
    return this.query.similar(processId, query.title);
  }

  @Post('proposals')
  @SignedIn()
  @ApiCookieAuth('agora_session')
  create(
    @Param('processId', IdPipe) processId: string,
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateProposalRequest,
  ): Promise<ProposalDetail> {
    return this.proposals.create(processId, principal.accountId, body);
  }

  /** Open reports, for the moderators (narrowed to the territories where the caller is staff). */
  @Get('proposal-reports')
  @RequireRole(PROPOSAL_STAFF_ROLES, { from: 'any' })
  @ApiCookieAuth('agora_session')
  reports(
    @Param('processId', IdPipe) processId: string,
    @Req() req: AgoraRequest,
  ): Promise<ProposalReportItem[]> {
    return this.moderation.openReports(processId, (req.principal as Principal).accountId);
  }
}
