import { Body, Controller, Headers, HttpCode, Param, Patch, Post, Query, Req, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';

import { CreateTimelineEntryRequest, CreateWorkRequest, UpdateWorkRequest, WorkFromIdeaRequest } from '@agora/contracts';
import type { TimelineEntry, WorkDetail, WorkImportReport, WorkPhoto } from '@agora/contracts';

import { RequireRole } from '../access/access.decorator';
import { IdPipe } from '../access/id.pipe';
import type { AgoraRequest, Principal } from '../access/principal';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { IMAGE_UPLOAD_LIMITS, ImageUploadErrorsInterceptor } from '../proposals/image-upload.interceptor';
import type { UploadedImage } from '../proposals/proposal-images.service';
import { checkedTextStream } from '../uploads/text-body.sniffer';
import { WorkImportService } from './work-import.service';
import { WorkPhotosService } from './work-photos.service';
import { WorkSourcesService } from './work-sources.service';
import { WORK_STAFF } from './work-territory.service';
import { workErrors } from './work.errors';
import { WorksService } from './works.service';

/** Staff of a commune or quartier manage its works (every write audited). */
@ApiTags('works')
@ApiCookieAuth('agora_session')
@Controller('works')
export class WorkStaffController {
  constructor(
    private readonly works: WorksService,
    private readonly photos: WorkPhotosService,
    private readonly imports: WorkImportService,
    private readonly sources: WorkSourcesService,
  ) {}

  @Post()
  @RequireRole(WORK_STAFF, { from: 'body', key: 'territoryId' })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateWorkRequest): Promise<WorkDetail> {
    return this.works.create(principal.accountId, body);
  }

  /**
   * Bulk create / update: a `text/csv` body (at most 2 MB) with the columns of WORK_CSV_COLUMNS;
   * `territoryId` is the commune. Bad rows come back with their line and reason; good rows are written.
   */
  @Post('import')
  @HttpCode(200)
  @ApiConsumes('text/csv')
  @ApiOkResponse({ description: 'WorkImportReport: created, updated, and the rejected rows with line and reason.' })
  @RequireRole(WORK_STAFF, { from: 'query', key: 'territoryId' })
  import(
    @Req() req: AgoraRequest,
    @CurrentPrincipal() principal: Principal,
    @Query('territoryId', IdPipe) territoryId: string,
    @Headers('content-type') type?: string,
    @Headers('content-length') length?: string,
  ): Promise<WorkImportReport> {
    const mediaType = (type ?? '').split(';')[0].trim().toLowerCase();
    if (mediaType !== 'text/csv') throw workErrors.csvType();
    return this.imports.import(principal.accountId, territoryId, checkedTextStream(req), length ? Number(length) : null);
  }

  /** A retained idea of an idea box becomes a planned work (the ideas back office calls this). */
  @Post('from-idea')
  @RequireRole(WORK_STAFF, { from: 'any' })
  fromIdea(@CurrentPrincipal() principal: Principal, @Body() body: WorkFromIdeaRequest): Promise<WorkDetail> {
    return this.sources.fromIdea(principal.accountId, body);
  }

  @Patch(':id')
  @RequireRole(WORK_STAFF, { from: 'any' })
  update(@Param('id', IdPipe) id: string, @CurrentPrincipal() principal: Principal, @Body() body: UpdateWorkRequest): Promise<WorkDetail> {
    return this.works.update(principal.accountId, id, body);
  }

  @Post(':id/timeline')
  @RequireRole(WORK_STAFF, { from: 'any' })
  addEntry(@Param('id', IdPipe) id: string, @CurrentPrincipal() principal: Principal, @Body() body: CreateTimelineEntryRequest): Promise<TimelineEntry> {
    return this.works.addEntry(principal.accountId, id, body);
  }

  /** multipart/form-data: `file` (JPEG, PNG or WebP, checked by content, at most 5 MB), `kind` (before, during, after) and `alt`. */
  @Post(':id/timeline/:entryId/photos')
  @RequireRole(WORK_STAFF, { from: 'any' })
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(ImageUploadErrorsInterceptor, FileInterceptor('file', { limits: IMAGE_UPLOAD_LIMITS }))
  addPhoto(
    @Param('id', IdPipe) id: string,
    @Param('entryId', IdPipe) entryId: string,
    @CurrentPrincipal() principal: Principal,
    @UploadedFile() file: UploadedImage | undefined,
    @Body('kind') kind: unknown,
    @Body('alt') alt: unknown,
  ): Promise<WorkPhoto> {
    return this.photos.add(principal.accountId, id, entryId, file, kind, alt);
  }
}
