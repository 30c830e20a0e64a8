import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Put, Req } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';

import {
  BallotProjectInput,
  Budget,
  BudgetProcessPage,
  CensusUploadRequest,
  CensusUploadResult,
  CreateBudgetRequest,
  Eligibility,
  EligibilityRequest,
  UpdateBudgetRequest,
} from '@agora/contracts';

import { Public, RequireRole } from '../access/access.decorator';
import { IdPipe } from '../access/id.pipe';
import { AgoraRequest, principalOf } from '../access/principal';
import { PROCESS_OWNERS, PROCESS_TEAM } from '../processes/processes.service';
import type { FeasibleProposal } from '../proposals/proposals.service';
import { assertTextContent, checkedTextStream } from '../uploads/text-body.sniffer';
import { budgetErrors } from './budget.errors';
import { BudgetsService } from './budgets.service';
import { CensusService } from './census.service';
import { EligibilityService } from './eligibility.service';

/**
 * Setting up a budget process: envelopes, projects, eligibility, census. The territory of a process is
 * known only once it is loaded, so the guard checks the role exists and the service checks it there.
 */
@ApiTags('budgets')
@Controller()
export class BudgetsController {
  constructor(
    private readonly budgets: BudgetsService,
    private readonly eligibility: EligibilityService,
    private readonly census: CensusService,
  ) {}

  /** The public page: the process, its envelopes and rules in plain words, who may vote. */
  @Get('budget-processes/:idOrSlug')
  @Public()
  page(@Req() req: AgoraRequest, @Param('idOrSlug') idOrSlug: string): Promise<BudgetProcessPage> {
    return this.budgets.publicPage(idOrSlug, req.principal?.accountId ?? null);
  }

  @Post('processes/:id/budgets')
  @RequireRole(PROCESS_OWNERS, { from: 'any' })
  create(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string, @Body() body: CreateBudgetRequest): Promise<Budget> {
    return this.budgets.create(principalOf(req).accountId, id, body);
  }

  @Patch('budgets/:id')
  @RequireRole(PROCESS_OWNERS, { from: 'any' })
  update(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string, @Body() body: UpdateBudgetRequest): Promise<Budget> {
    return this.budgets.update(principalOf(req).accountId, id, body);
  }

  /** Before the vote opens and before any ballot: the envelope, its projects (proposals back to feasible). */
  @Delete('budgets/:id')
  @HttpCode(204)
  @RequireRole(PROCESS_OWNERS, { from: 'any' })
  remove(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string): Promise<void> {
    return this.budgets.remove(principalOf(req).accountId, id);
  }

  @Get('processes/:id/feasible-proposals')
  @RequireRole(PROCESS_TEAM, { from: 'any' })
  feasibleProposals(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string): Promise<FeasibleProposal[]> {
    return this.budgets.feasibleProposals(principalOf(req).accountId, id);
  }

  @Post('budgets/:id/projects')
  @RequireRole(PROCESS_TEAM, { from: 'any' })
  addProject(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string, @Body() body: BallotProjectInput): Promise<Budget> {
    return this.budgets.addProject(principalOf(req).accountId, id, body);
  }

  @Put('ballot-projects/:id')
  @RequireRole(PROCESS_TEAM, { from: 'any' })
  updateProject(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string, @Body() body: BallotProjectInput): Promise<Budget> {
    return this.budgets.updateProject(principalOf(req).accountId, id, body);
  }

  @Delete('ballot-projects/:id')
  @HttpCode(204)
  @RequireRole(PROCESS_TEAM, { from: 'any' })
  removeProject(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string): Promise<void> {
    return this.budgets.removeProject(principalOf(req).accountId, id);
  }

  @Put('processes/:id/eligibility')
  @RequireRole(PROCESS_OWNERS, { from: 'any' })
  setEligibility(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string, @Body() body: EligibilityRequest): Promise<Eligibility> {
    return this.eligibility.set(principalOf(req).accountId, id, body);
  }

  @Post('processes/:id/census')
  @HttpCode(200)
  @RequireRole(PROCESS_TEAM, { from: 'any' })
  uploadCensus(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string, @Body() body: CensusUploadRequest): Promise<CensusUploadResult> {
    assertTextContent(body.csv);
    return this.census.upload(principalOf(req).accountId, id, body.csv);
  }

  /**
   * The census as a text/csv body, for lists beyond the JSON body limit: streamed line by line, all
   * or nothing (one bad line, with its number, and nothing is imported).
   */
  @Post('processes/:id/census/file')
  @HttpCode(200)
  @ApiConsumes('text/csv')
  @RequireRole(PROCESS_TEAM, { from: 'any' })
  uploadCensusFile(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string, @Headers('content-type') type?: string, @Headers('content-length') length?: string): Promise<CensusUploadResult> {
    const mediaType = (type ?? '').split(';')[0].trim().toLowerCase();
    if (mediaType !== 'text/csv' && mediaType !== 'text/plain') throw budgetErrors.censusFileType();
    return this.census.uploadFile(principalOf(req).accountId, id, checkedTextStream(req), length ? Number(length) : null);
  }
}
