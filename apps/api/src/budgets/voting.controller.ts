import { Body, Controller, Get, HttpCode, MessageEvent, Param, Post, Put, Req, Sse } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { from, map, merge, Observable, switchMap } from 'rxjs';

import {
  AgeDeclarationRequest,
  BallotPage,
  CastBallotRequest,
  CastBallotResult,
  CensusMatchRequest,
  CounterBallotRequest,
  CounterBallotResult,
  CounterPrecheck,
  CounterPrecheckRequest,
  EligibilityCheck,
  ParticipationStats,
} from '@agora/contracts';

import { RequireRole, SignedIn } from '../access/access.decorator';
import { IdPipe } from '../access/id.pipe';
import { AgoraRequest, principalOf } from '../access/principal';
import { LiveUpdatesService } from '../live/live-updates.service';
import { processErrors } from '../processes/process.errors';
import { PROCESS_TEAM } from '../processes/processes.service';
import { participationTopic } from './participation.announcer';
import { BudgetsService } from './budgets.service';
import { CastRequestBody } from './cast-request.body';
import { CensusService } from './census.service';
import { CounterService } from './counter.service';
import { EligibilityService } from './eligibility.service';
import { ParticipationService } from './participation.service';
import { VotingService } from './voting.service';

/** Voting: online by the resident, at the counter or on paper through staff, and the live participation counts. */
@ApiTags('voting')
@Controller('processes/:id')
export class VotingController {
  constructor(
    private readonly budgets: BudgetsService,
    private readonly eligibility: EligibilityService,
    private readonly census: CensusService,
    private readonly voting: VotingService,
    private readonly counter: CounterService,
    private readonly participation: ParticipationService,
    private readonly live: LiveUpdatesService,
  ) {}

  /** "You can vote for … because …", or why not and what to do. */
  @Get('eligibility/me')
  @SignedIn({ verifiedEmail: false })
  async myEligibility(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string): Promise<EligibilityCheck> {
    const process = await this.budgets.budgetProcess(id);
    if (process.phase === 'draft') throw processErrors.notFound();
    return this.eligibility.check(process, principalOf(req).accountId);
  }

  @Post('census/match')
  @HttpCode(200)
  @SignedIn({ verifiedEmail: false })
  matchCensus(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string, @Body() body: CensusMatchRequest): Promise<EligibilityCheck> {
    return this.census.match(principalOf(req).accountId, id, body);
  }

  /** For a vote with a minimum age: the resident's birth date, once (kept only as "old enough from day X"). */
  @Put('age-declaration')
  @SignedIn({ verifiedEmail: false })
  async declareAge(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string, @Body() body: AgeDeclarationRequest): Promise<EligibilityCheck> {
    const process = await this.budgets.budgetProcess(id);
    if (process.phase === 'draft') throw processErrors.notFound();
    return this.eligibility.declareAge(process, principalOf(req).accountId, body);
  }

  @Get('ballot')
  @SignedIn({ verifiedEmail: false })
  ballotPage(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string): Promise<BallotPage> {
    return this.voting.ballotPage(principalOf(req).accountId, id);
  }

  /** Final: one ballot per person and envelope. The channel is always `online` here. */
  @Post('ballots')
  @SignedIn({ verifiedEmail: false })
  @ApiBody({ type: CastBallotRequest })
  cast(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string, @CastRequestBody() body: CastBallotRequest): Promise<CastBallotResult> {
    return this.voting.cast(principalOf(req).accountId, id, body);
  }

  /** Before starting a counter or paper ballot: where this person already voted (envelope, channel). */
  @Post('counter/precheck')
  @HttpCode(200)
  @RequireRole(PROCESS_TEAM, { from: 'any' })
  precheck(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string, @Body() body: CounterPrecheckRequest): Promise<CounterPrecheck> {
    return this.counter.precheck(principalOf(req).accountId, id, body);
  }

  @Post('counter/ballots')
  @RequireRole(PROCESS_TEAM, { from: 'any' })
  castAtCounter(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string, @Body() body: CounterBallotRequest): Promise<CounterBallotResult> {
    return this.counter.cast(principalOf(req).accountId, id, body);
  }

  @Get('participation')
  @RequireRole(PROCESS_TEAM, { from: 'any' })
  stats(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string): Promise<ParticipationStats> {
    return this.participation.stats(principalOf(req).accountId, id);
  }

  /** The same counts, pushed again after each ballot (server-sent events); the first event comes at once. */
  @Sse('participation/live')
  @RequireRole(PROCESS_TEAM, { from: 'any' })
  async liveStats(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string): Promise<Observable<MessageEvent>> {
    const processId = await this.participation.authorise(principalOf(req).accountId, id);
    const refresh = () => from(this.participation.statsOf(processId));
    return merge(refresh(), this.live.stream(participationTopic(processId)).pipe(switchMap(refresh))).pipe(
      map((data): MessageEvent => ({ type: 'participation', data })),
    );
  }
}
