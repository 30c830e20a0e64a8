import { Body, Controller, Get, Header, Param, Post, Query, Sse } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Observable } from 'rxjs';

import { CreateProposalRequest, ProposalListQuery, SimilarProposalsQuery } from '@agora/contracts';
import type {
  Page,
  ProposalDetail,
  ProposalFeatureCollection,
  ProposalReportItem,
  ProposalSummary,
  ShopDemandRow,
  SimilarProposal,
} from '@agora/contracts';

import { Public, RequireRole, SignedIn } from '../access/access.decorator';
import { IdPipe } from '../access/id.pipe';
import type { Principal } from '../access/principal';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { LiveUpdatesService } from '../live/live-updates.service';
import { proposalsTopic } from './proposal-live.publisher';
import { ProposalModerationService } from './proposal-moderation.service';
import { ProposalQueryService } from './proposal-query.service';
import { PROPOSAL_STAFF_ROLES } from './proposal-staff.policy';
import { ProposalsService } from './proposals.service';
import { shopDemandCsv } from './shop-demand.rule';
import { ShopDemandService } from './shop-demand.service';

/** The proposals of one process: the public list, the map, similar titles, and submitting one. */
@ApiTags('proposals')
@Controller('processes/:processId')
export class ProcessProposalsController {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly query: ProposalQueryService,
    private readonly moderation: ProposalModerationService,
    private readonly shops: ShopDemandService,
    private readonly live: LiveUpdatesService,
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

  /** Server-sent events when a proposal of the process changes (ids and counts only), so public pages stay current. */
  @Sse('proposals/live')
  @Public()
  liveUpdates(@Param('processId', IdPipe) processId: string): Observable<{ data: unknown; type: string }> {
    return this.live.sse(proposalsTopic(processId));
  }

  /** Shop wishes counted per shop type and territory (counts only: public). */
  @Get('proposals/shop-demand')
  @Public()
  shopDemand(@Param('processId', IdPipe) processId: string): Promise<ShopDemandRow[]> {
    return this.shops.demand(processId);
  }

  /** The same as CSV, for the city's economic development team and open data portals. */
  @Get('proposals/shop-demand/csv')
  @Public()
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="demande-commerces.csv"')
  async shopDemandCsv(@Param('processId', IdPipe) processId: string): Promise<string> {
    return shopDemandCsv(await this.shops.demand(processId));
  }

  /** The caller's own proposals in this process, drafts and withdrawn ones included. */
  @Get('proposals/mine')
  @SignedIn({ verifiedEmail: false })
  @ApiCookieAuth('agora_session')
  mine(
    @Param('processId', IdPipe) processId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ProposalSummary[]> {
    return this.query.mine(processId, principal.accountId);
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
    @CurrentPrincipal() principal: Principal,
  ): Promise<ProposalReportItem[]> {
    return this.moderation.openReports(processId, principal.accountId);
  }
}
