import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  MessageEvent,
  Param,
  Post,
  Put,
  Query,
  Req,
  Res,
  Sse,
} from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { from, map, merge, Observable } from 'rxjs';

import {
  ConsultationListQuery,
  ConsultationResultsQuery,
  SaveDraftRequest,
  SubmitResponseRequest,
  type ConsultationDetail,
  type ConsultationLiveEvent,
  type ConsultationResultsPage,
  type ConsultationSummary,
  type DraftSaved,
  type MyConsultationParticipation,
  type ResponseRecorded,
} from '@agora/contracts';
import type { ConsultationDefinition, ConsultationResults } from '@agora/consultation-rules';

import { Public, SignedIn } from '../access/access.decorator';
import { IdPipe } from '../access/id.pipe';
import { principalOf, type AgoraRequest } from '../access/principal';
import { LiveUpdatesService } from '../live/live-updates.service';
import { AnsweringService } from './answering.service';
import { AttachmentsService } from './attachments.service';
import { ConsultationFinder } from './consultation.finder';
import { ConsultationViewService } from './consultation-view.service';
import { OpenDataService } from './open-data.service';
import { consultationResultsTopic } from './results.announcer';
import { ConsultationResultsService } from './results.service';

/** What residents and visitors do: read, answer, follow the results, download the open data. */
@ApiTags('consultations')
@Controller('consultations')
export class ConsultationsController {
  constructor(
    private readonly finder: ConsultationFinder,
    private readonly view: ConsultationViewService,
    private readonly answering: AnsweringService,
    private readonly results: ConsultationResultsService,
    private readonly attachments: AttachmentsService,
    private readonly openData: OpenDataService,
    private readonly live: LiveUpdatesService,
  ) {}

  @Get()
  @Public()
  list(@Query() query: ConsultationListQuery): Promise<ConsultationSummary[]> {
    return this.view.list(query);
  }

  @Get(':ref')
  @Public()
  async detail(
    @Req() req: AgoraRequest,
    @Param('ref') ref: string,
  ): Promise<ConsultationDetail<ConsultationDefinition>> {
    const consultation = await this.finder.findVisible(ref, req.principal?.accountId ?? null);
    return this.view.detail(consultation, req.principal ?? null);
  }

  @Get(':id/me')
  @SignedIn({ verifiedEmail: false })
  @ApiCookieAuth('agora_session')
  async me(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string): Promise<MyConsultationParticipation> {
    const principal = principalOf(req);
    return this.view.me(await this.finder.findVisible(id, principal.accountId), principal);
  }

  @Put(':id/draft')
  @SignedIn({ verifiedEmail: false })
  @ApiCookieAuth('agora_session')
  saveDraft(
    @Req() req: AgoraRequest,
    @Param('id', IdPipe) id: string,
    @Body() body: SaveDraftRequest,
  ): Promise<DraftSaved> {
    return this.answering.saveDraft(principalOf(req), id, body);
  }

  @Delete(':id/draft')
  @HttpCode(HttpStatus.NO_CONTENT)
  @SignedIn({ verifiedEmail: false })
  @ApiCookieAuth('agora_session')
  deleteDraft(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string): Promise<void> {
    return this.answering.deleteDraft(principalOf(req), id);
  }

  @Post(':id/responses')
  @SignedIn({ verifiedEmail: false })
  @ApiCookieAuth('agora_session')
  submit(
    @Req() req: AgoraRequest,
    @Param('id', IdPipe) id: string,
    @Body() body: SubmitResponseRequest,
  ): Promise<ResponseRecorded> {
    return this.answering.submit(principalOf(req), id, body);
  }

  @Get(':id/results')
  @Public()
  resultsOf(
    @Req() req: AgoraRequest,
    @Param('id', IdPipe) id: string,
    @Query() query: ConsultationResultsQuery,
  ): Promise<ConsultationResultsPage<ConsultationResults>> {
    return this.results.results(id, req.principal ?? null, query);
  }

  /** Server-sent events: one `results` event at once, then one per second at most while answers arrive. */
  @Sse(':id/results/live')
  @Public()
  async liveResults(
    @Req() req: AgoraRequest,
    @Param('id', IdPipe) id: string,
  ): Promise<Observable<MessageEvent>> {
    const consultation = await this.results.visibleTo(id, req.principal ?? null);
    // The first event is read now; the next ones carry the count the announcer read once for everyone.
    const first = from(this.view.respondentsOf(consultation.id)).pipe(
      map((respondents): ConsultationLiveEvent => ({ consultationId: consultation.id, respondents })),
    );
    const next = this.live
      .stream(consultationResultsTopic(consultation.id))
      .pipe(map((event) => event.data as ConsultationLiveEvent));
    return merge(first, next).pipe(map((data): MessageEvent => ({ type: 'results', data })));
  }

  @Get(':id/files/:name')
  @Public()
  async file(
    @Req() req: AgoraRequest,
    @Param('id', IdPipe) id: string,
    @Param('name') name: string,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.attachments.read(id, name, req.principal ?? null);
    res.set({
      'Content-Type': file.contentType,
      'Content-Length': String(file.content.length),
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition':
        file.contentType === 'application/pdf' ? `attachment; filename="${name}"` : 'inline',
      'Cache-Control': 'public, max-age=3600',
    });
    res.send(file.content);
  }

  @Get(':id/open-data/:filename')
  @Public()
  async openDataFile(
    @Param('id', IdPipe) id: string,
    @Param('filename') filename: string,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.openData.read(id, filename);
    res.set({
      'Content-Type': file.contentType,
      'Content-Length': String(file.content.length),
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      'X-Content-SHA256': file.sha256,
    });
    res.send(file.content);
  }
}
