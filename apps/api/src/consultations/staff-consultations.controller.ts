import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Put,
  Query,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';

import {
  ConclusionsRequest,
  ConsultationListQuery,
  ConsultationResultsQuery,
  CounterIdentityRequest,
  CounterResponseRequest,
  HideTextRequest,
  PreviewCheckRequest,
  SaveConsultationRequest,
  type ConsultationAttachment,
  type ConsultationResultsPage,
  type ConsultationSummary,
  type CounterCheck,
  type PreviewCheckResult,
  type ResponseRecorded,
  type SaveConsultationResult,
  type StaffConsultationDetail,
} from '@agora/contracts';
import type { ConsultationDefinition, ConsultationResults } from '@agora/consultation-rules';

import { RequireRole } from '../access/access.decorator';
import { IdPipe } from '../access/id.pipe';
import { principalOf, type AgoraRequest } from '../access/principal';
import { AnsweringService } from './answering.service';
import { ATTACHMENT_MAX_BYTES } from './attachment.rule';
import { AttachmentUploadErrorsInterceptor } from './attachment-upload.interceptor';
import { AttachmentsService, type UploadedAttachment } from './attachments.service';
import { ConclusionsService } from './conclusions.service';
import { consultationErrors } from './consultation.errors';
import { CONSULTATION_OWNERS, CONSULTATION_TEAM, ConsultationFinder } from './consultation.finder';
import type { ExportKind } from './consultation-exports.service';
import { ConsultationViewService } from './consultation-view.service';
import { ConsultationsService } from './consultations.service';
import { ModerationService } from './moderation.service';
import { OpenDataService } from './open-data.service';
import { ConsultationResultsService } from './results.service';

const EXPORT_KINDS: Record<string, ExportKind> = {
  csv: 'answers-csv',
  xlsx: 'answers-xlsx',
  json: 'results-json',
};

/**
 * The back office: officials (and staff on their behalf) build, publish and close consultations,
 * enter counter answers, moderate free texts, write conclusions and export. Every write is audited.
 * The guard lets in anyone on a team somewhere; the services check the consultation's territory.
 */
@ApiTags('consultations')
@ApiCookieAuth('agora_session')
@Controller('staff/consultations')
export class StaffConsultationsController {
  constructor(
    private readonly finder: ConsultationFinder,
    private readonly view: ConsultationViewService,
    private readonly consultations: ConsultationsService,
    private readonly answering: AnsweringService,
    private readonly results: ConsultationResultsService,
    private readonly conclusions: ConclusionsService,
    private readonly attachments: AttachmentsService,
    private readonly openData: OpenDataService,
    private readonly moderation: ModerationService,
  ) {}

  @Get()
  @RequireRole(CONSULTATION_TEAM, { from: 'any' })
  list(@Req() req: AgoraRequest, @Query() query: ConsultationListQuery): Promise<ConsultationSummary[]> {
    return this.view.staffList(principalOf(req).accountId, query.territoryId);
  }

  @Get(':ref')
  @RequireRole(CONSULTATION_TEAM, { from: 'any' })
  async detail(
    @Req() req: AgoraRequest,
    @Param('ref') ref: string,
  ): Promise<StaffConsultationDetail<ConsultationDefinition>> {
    const accountId = principalOf(req).accountId;
    return this.view.staffDetail(await this.finder.findForTeam(ref, accountId), accountId);
  }

  @Post()
  @RequireRole(CONSULTATION_TEAM, { from: 'body', key: 'territoryId' })
  create(
    @Req() req: AgoraRequest,
    @Body() body: SaveConsultationRequest,
  ): Promise<SaveConsultationResult<ConsultationDefinition>> {
    return this.consultations.create(principalOf(req).accountId, body);
  }

  @Put(':id')
  @RequireRole(CONSULTATION_TEAM, { from: 'any' })
  update(
    @Req() req: AgoraRequest,
    @Param('id', IdPipe) id: string,
    @Body() body: SaveConsultationRequest,
  ): Promise<SaveConsultationResult<ConsultationDefinition>> {
    return this.consultations.update(principalOf(req).accountId, id, body);
  }

  /** multipart/form-data `file`: a JPEG, PNG or WebP picture or a PDF document, 10 MB at most. */
  @Post(':id/attachments')
  @RequireRole(CONSULTATION_TEAM, { from: 'any' })
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(
    AttachmentUploadErrorsInterceptor,
    FileInterceptor('file', { limits: { fileSize: ATTACHMENT_MAX_BYTES, files: 1, fields: 0 } }),
  )
  upload(
    @Req() req: AgoraRequest,
    @Param('id', IdPipe) id: string,
    @UploadedFile() file: UploadedAttachment | undefined,
  ): Promise<ConsultationAttachment> {
    return this.attachments.upload(principalOf(req).accountId, id, file);
  }

  @Post(':id/preview-check')
  @HttpCode(HttpStatus.OK)
  @RequireRole(CONSULTATION_TEAM, { from: 'any' })
  previewCheck(
    @Req() req: AgoraRequest,
    @Param('id', IdPipe) id: string,
    @Body() body: PreviewCheckRequest,
  ): Promise<PreviewCheckResult> {
    return this.consultations.previewCheck(principalOf(req).accountId, id, body);
  }

  @Post(':id/publish')
  @HttpCode(HttpStatus.OK)
  @RequireRole(CONSULTATION_OWNERS, { from: 'any' })
  publish(
    @Req() req: AgoraRequest,
    @Param('id', IdPipe) id: string,
  ): Promise<StaffConsultationDetail<ConsultationDefinition>> {
    return this.consultations.publish(principalOf(req).accountId, id);
  }

  @Post(':id/close')
  @HttpCode(HttpStatus.OK)
  @RequireRole(CONSULTATION_OWNERS, { from: 'any' })
  close(
    @Req() req: AgoraRequest,
    @Param('id', IdPipe) id: string,
  ): Promise<StaffConsultationDetail<ConsultationDefinition>> {
    return this.consultations.close(principalOf(req).accountId, id);
  }

  @Post(':id/counter-check')
  @HttpCode(HttpStatus.OK)
  @RequireRole(CONSULTATION_TEAM, { from: 'any' })
  counterCheck(
    @Req() req: AgoraRequest,
    @Param('id', IdPipe) id: string,
    @Body() body: CounterIdentityRequest,
  ): Promise<CounterCheck> {
    return this.answering.counterCheck(principalOf(req).accountId, id, body);
  }

  @Post(':id/counter-responses')
  @RequireRole(CONSULTATION_TEAM, { from: 'any' })
  counter(
    @Req() req: AgoraRequest,
    @Param('id', IdPipe) id: string,
    @Body() body: CounterResponseRequest,
  ): Promise<ResponseRecorded> {
    return this.answering.counter(principalOf(req).accountId, id, body);
  }

  @Get(':id/results')
  @RequireRole(CONSULTATION_TEAM, { from: 'any' })
  async resultsOf(
    @Req() req: AgoraRequest,
    @Param('id', IdPipe) id: string,
    @Query() query: ConsultationResultsQuery,
  ): Promise<ConsultationResultsPage<ConsultationResults>> {
    const principal = principalOf(req);
    await this.finder.findForTeam(id, principal.accountId);
    return this.results.results(id, principal, query);
  }

  @Post(':id/hidden-texts')
  @HttpCode(HttpStatus.NO_CONTENT)
  @RequireRole(CONSULTATION_TEAM, { from: 'any' })
  hideText(
    @Req() req: AgoraRequest,
    @Param('id', IdPipe) id: string,
    @Body() body: HideTextRequest,
  ): Promise<void> {
    return this.moderation.hideText(principalOf(req).accountId, id, body);
  }

  @Delete(':id/hidden-texts/:textId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @RequireRole(CONSULTATION_TEAM, { from: 'any' })
  unhideText(
    @Req() req: AgoraRequest,
    @Param('id', IdPipe) id: string,
    @Param('textId') textId: string,
  ): Promise<void> {
    return this.moderation.unhideText(principalOf(req).accountId, id, textId);
  }

  @Put(':id/conclusions')
  @RequireRole(CONSULTATION_OWNERS, { from: 'any' })
  saveConclusions(
    @Req() req: AgoraRequest,
    @Param('id', IdPipe) id: string,
    @Body() body: ConclusionsRequest,
  ): Promise<StaffConsultationDetail<ConsultationDefinition>> {
    return this.conclusions.save(principalOf(req).accountId, id, body);
  }

  @Post(':id/conclusions/publish')
  @HttpCode(HttpStatus.OK)
  @RequireRole(CONSULTATION_OWNERS, { from: 'any' })
  publishConclusions(
    @Req() req: AgoraRequest,
    @Param('id', IdPipe) id: string,
  ): Promise<StaffConsultationDetail<ConsultationDefinition>> {
    return this.conclusions.publish(principalOf(req).accountId, id);
  }

  /** export.csv, export.xlsx (anonymised answers) or export.json (results summary). */
  @Get(':id/export.:format')
  @RequireRole(CONSULTATION_TEAM, { from: 'any' })
  async export(
    @Req() req: AgoraRequest,
    @Param('id', IdPipe) id: string,
    @Param('format') format: string,
    @Res() res: Response,
  ): Promise<void> {
    const kind = EXPORT_KINDS[format];
    if (!kind) throw consultationErrors.fileNotFound();
    const file = await this.openData.export(principalOf(req).accountId, id, kind);
    res.set({
      'Content-Type': file.contentType,
      'Content-Length': String(file.content.length),
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      'X-Content-SHA256': file.sha256,
      'Cache-Control': 'no-store',
    });
    res.send(file.content);
  }
}
