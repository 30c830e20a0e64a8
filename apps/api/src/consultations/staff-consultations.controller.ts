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
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiCookieAuth, ApiTags } from '@nestjs/swagger';

import {
  ConclusionsRequest,
  ConsultationExportLinkRequest,
  ConsultationListQuery,
  ConsultationResultsQuery,
  CounterIdentityRequest,
  CounterResponseRequest,
  HideTextRequest,
  PreviewCheckRequest,
  SaveConsultationRequest,
  type ConsultationAttachment,
  type ConsultationExportFormat,
  type DownloadLink,
  type ConsultationResultsPage,
  type ConsultationSummary,
  type CounterCheck,
  type HiddenConsultationText,
  type PreviewCheckResult,
  type ResponseRecorded,
  type SaveConsultationResult,
  type StaffConsultationDetail,
} from '@agora/contracts';
import type { ConsultationDefinition, ConsultationResults } from '@agora/consultation-rules';

import { RequireRole } from '../access/access.decorator';
import { IdPipe } from '../access/id.pipe';
import { principalOf, type AgoraRequest } from '../access/principal';
import { DownloadLinksService } from '../downloads/download-links.service';
import { AnsweringService } from './answering.service';
import { ATTACHMENT_MAX_BYTES } from './attachment.rule';
import { AttachmentUploadErrorsInterceptor } from './attachment-upload.interceptor';
import { AttachmentsService, type UploadedAttachment } from './attachments.service';
import { ConclusionsService } from './conclusions.service';
import { CONSULTATION_OWNERS, CONSULTATION_TEAM, ConsultationFinder } from './consultation.finder';
import type { ExportKind } from './consultation-exports.service';
import { ConsultationViewService } from './consultation-view.service';
import { ConsultationsService } from './consultations.service';
import { ModerationService } from './moderation.service';
import { OpenDataService } from './open-data.service';
import { ConsultationResultsService } from './results.service';

/** The download kind of a consultation's team export (params: id, format). */
const CONSULTATION_EXPORT_DOWNLOAD = 'consultation-export';

const EXPORT_KINDS: Record<ConsultationExportFormat, ExportKind> = {
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
    private readonly downloads: DownloadLinksService,
  ) {
    downloads.register(CONSULTATION_EXPORT_DOWNLOAD, async (accountId, params) => {
      const file = await this.openData.export(accountId, params['id'], EXPORT_KINDS[params['format'] as ConsultationExportFormat]);
      return { ...file, headers: { 'X-Content-SHA256': file.sha256 } };
    });
  }

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

  @Get(':id/hidden-texts')
  @RequireRole(CONSULTATION_TEAM, { from: 'any' })
  hiddenTexts(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string): Promise<HiddenConsultationText[]> {
    return this.moderation.hiddenTexts(principalOf(req).accountId, id);
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

  /**
   * A single-use link (5 minutes) to export.csv, export.xlsx (answers, whose free texts may hold
   * personal data until moderated) or export.json (results summary). Rights are checked now and
   * again when the link is used.
   */
  @Post(':id/export-link')
  @RequireRole(CONSULTATION_TEAM, { from: 'any' })
  async exportLink(
    @Req() req: AgoraRequest,
    @Param('id', IdPipe) id: string,
    @Body() body: ConsultationExportLinkRequest,
  ): Promise<DownloadLink> {
    const accountId = principalOf(req).accountId;
    await this.openData.exportable(accountId, id);
    return this.downloads.create(accountId, CONSULTATION_EXPORT_DOWNLOAD, { id, format: body.format });
  }
}
