import { Body, Controller, Get, HttpCode, Param, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';

import { CastPrioritisationBallotRequest, CounterPrioritisationBallotRequest, CreatePrioritisationRequest, UpdatePrioritisationRequest } from '@agora/contracts';
import type { CastPrioritisationResult, CounterPrioritisationResult, Prioritisation, PrioritisationPage, PrioritisationResults } from '@agora/contracts';

import { Public, RequireRole, SignedIn } from '../access/access.decorator';
import { IdPipe } from '../access/id.pipe';
import type { AgoraRequest, Principal } from '../access/principal';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { PROCESS_OWNERS, PROCESS_TEAM } from '../processes/processes.service';
import { PrioritisationBallotService } from './prioritisation-ballot.service';
import { PrioritisationCounterService } from './prioritisation-counter.service';
import { PrioritisationResultsService } from './prioritisation-results.service';
import { PrioritisationsService } from './prioritisations.service';

/** A quartier's works prioritised by its residents: rules, the ballot, the count and the published results. */
@ApiTags('prioritisations')
@Controller()
export class PrioritisationsController {
  constructor(
    private readonly prioritisations: PrioritisationsService,
    private readonly ballots: PrioritisationBallotService,
    private readonly results: PrioritisationResultsService,
    private readonly counter: PrioritisationCounterService,
  ) {}

  @Post('processes/:id/prioritisation')
  @RequireRole(PROCESS_OWNERS, { from: 'any' })
  create(@Param('id', IdPipe) id: string, @CurrentPrincipal() principal: Principal, @Body() body: CreatePrioritisationRequest): Promise<Prioritisation> {
    return this.prioritisations.create(principal.accountId, id, body);
  }

  @Patch('processes/:id/prioritisation')
  @RequireRole(PROCESS_OWNERS, { from: 'any' })
  update(@Param('id', IdPipe) id: string, @CurrentPrincipal() principal: Principal, @Body() body: UpdatePrioritisationRequest): Promise<Prioritisation> {
    return this.prioritisations.update(principal.accountId, id, body);
  }

  @Get('processes/:idOrSlug/prioritisation')
  @Public()
  @ApiOkResponse({ description: 'The prioritisation page (PrioritisationPage): works, rules, and for a signed-in resident whether they may take part.' })
  page(@Param('idOrSlug') idOrSlug: string, @Req() req: AgoraRequest): Promise<PrioritisationPage> {
    return this.prioritisations.page(idOrSlug, req.principal?.accountId ?? null);
  }

  @Post('processes/:id/prioritisation/ballot')
  @SignedIn()
  cast(@Param('id', IdPipe) id: string, @CurrentPrincipal() principal: Principal, @Body() body: CastPrioritisationBallotRequest): Promise<CastPrioritisationResult> {
    return this.ballots.cast(principal.accountId, id, body);
  }

  /** A ranking recorded at the town-hall counter for a resident without internet (process team). */
  @Post('processes/:id/prioritisation/counter-ballot')
  @RequireRole(PROCESS_TEAM, { from: 'any' })
  @ApiOkResponse({ description: 'CounterPrioritisationResult: recorded, never what it says; 409 ALREADY_VOTED when the person already ranked online or at the counter.' })
  counterCast(@Param('id', IdPipe) id: string, @CurrentPrincipal() principal: Principal, @Body() body: CounterPrioritisationBallotRequest): Promise<CounterPrioritisationResult> {
    return this.counter.cast(principal.accountId, id, body);
  }

  @Post('processes/:id/prioritisation/count')
  @HttpCode(200)
  @RequireRole(PROCESS_TEAM, { from: 'any' })
  count(@Param('id', IdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<PrioritisationResults> {
    return this.results.count(principal.accountId, id);
  }

  @Get('processes/:id/prioritisation/results/draft')
  @RequireRole(PROCESS_TEAM, { from: 'any' })
  draft(@Param('id', IdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<PrioritisationResults> {
    return this.results.draft(principal.accountId, id);
  }

  @Post('processes/:id/prioritisation/results/publish')
  @HttpCode(200)
  @RequireRole(PROCESS_TEAM, { from: 'any' })
  publish(@Param('id', IdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<PrioritisationResults> {
    return this.results.publish(principal.accountId, id);
  }

  @Get('processes/:idOrSlug/prioritisation/results')
  @Public()
  @ApiOkResponse({ description: 'The published results (PrioritisationResults): ranking, pairwise table, open-data files with SHA-256.' })
  publicResults(@Param('idOrSlug') idOrSlug: string): Promise<PrioritisationResults> {
    return this.results.publicResults(idOrSlug);
  }

  /** A published file (ballots as Pabulib, results as CSV), with its SHA-256 in a header. */
  @Get('open-data/prioritisations/:fileId')
  @Public()
  async file(@Param('fileId', IdPipe) fileId: string, @Res() res: Response): Promise<void> {
    const file = await this.results.file(fileId);
    res
      .status(200)
      .set({ 'Content-Type': file.mediaType, 'Content-Disposition': `attachment; filename="${file.filename}"`, 'X-Content-SHA256': file.sha256, 'Cache-Control': 'public, max-age=3600' })
      .send(file.content);
  }
}
