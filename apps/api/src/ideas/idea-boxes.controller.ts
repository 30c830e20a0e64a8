import { Body, Controller, Get, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';

import { CreateIdeaBoxRequest, IdeaListQuery, ProcessListQuery, ShopDemandCellsQuery, UpdateIdeaBoxRequest } from '@agora/contracts';
import type { HiddenIdeaContent, IdeaBoxDetail, IdeaBoxSummary, IdeaSummary, Page, ShopDemandCells } from '@agora/contracts';

import { Public, RequireRole } from '../access/access.decorator';
import { IdPipe } from '../access/id.pipe';
import { AgoraRequest, principalOf } from '../access/principal';
import { PROCESS_OWNERS } from '../processes/processes.service';
import { PROPOSAL_STAFF_ROLES } from '../proposals/proposal-staff.policy';
import { IdeaBoxesService } from './idea-boxes.service';
import { IdeaExportService, IDEA_EXPORT_ROLES } from './idea-export.service';
import { IdeaModerationService } from './idea-moderation.service';
import { IdeasQueryService } from './ideas-query.service';

const viewerOf = (req: AgoraRequest) => req.principal?.accountId ?? null;

/**
 * Idea boxes (boîtes à idées): opening one, its public page and ideas with their answers, the
 * shop-demand grid, and its open data (CSV, GeoJSON). Submitting, supporting, commenting, moderating
 * and answering go through the proposals routes, since ideas are proposals.
 */
@ApiTags('idea boxes')
@Controller('idea-boxes')
export class IdeaBoxesController {
  constructor(
    private readonly boxes: IdeaBoxesService,
    private readonly ideas: IdeasQueryService,
    private readonly exports: IdeaExportService,
    private readonly moderation: IdeaModerationService,
  ) {}

  /** Every idea box past its draft, open ones first. */
  @Get()
  @Public()
  list(@Query() query: ProcessListQuery): Promise<IdeaBoxSummary[]> {
    return this.boxes.list(query.territoryId);
  }

  /** Officials and admins of the commune open an idea box: theme, categories and dates. */
  @Post()
  @RequireRole(PROCESS_OWNERS, { from: 'body', key: 'territoryId' })
  @ApiCookieAuth('agora_session')
  create(@Req() req: AgoraRequest, @Body() body: CreateIdeaBoxRequest): Promise<IdeaBoxDetail> {
    return this.boxes.create(principalOf(req).accountId, body);
  }

  @Get(':idOrSlug')
  @Public()
  detail(@Req() req: AgoraRequest, @Param('idOrSlug') idOrSlug: string): Promise<IdeaBoxDetail> {
    return this.boxes.detail(idOrSlug, viewerOf(req));
  }

  // The box's territory is only known once it is loaded: the service checks the role on it.
  @Patch(':id')
  @RequireRole(PROCESS_OWNERS, { from: 'any' })
  @ApiCookieAuth('agora_session')
  update(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string, @Body() body: UpdateIdeaBoxRequest): Promise<IdeaBoxDetail> {
    return this.boxes.update(principalOf(req).accountId, id, body);
  }

  /** The public ideas with the town hall's answer, filtered by quartier, category, kind, shop type or answer. */
  @Get(':idOrSlug/ideas')
  @Public()
  @ApiOkResponse({ description: 'A page of ideas (Page<IdeaSummary>).' })
  async ideasOf(
    @Req() req: AgoraRequest,
    @Param('idOrSlug') idOrSlug: string,
    @Query() query: IdeaListQuery,
  ): Promise<Page<IdeaSummary>> {
    const process = await this.boxes.findVisible(idOrSlug, viewerOf(req));
    return this.ideas.list(process.id, query);
  }

  /** Shop wishes grouped in grid cells of about `cellMetres` a side, for the cluster layer (counts only). */
  @Get(':idOrSlug/shop-demand/cells')
  @Public()
  async cells(
    @Req() req: AgoraRequest,
    @Param('idOrSlug') idOrSlug: string,
    @Query() query: ShopDemandCellsQuery,
  ): Promise<ShopDemandCells> {
    const process = await this.boxes.findVisible(idOrSlug, viewerOf(req));
    return this.ideas.cells(process.id, process.territoryId, query);
  }

  /** Open data: every public idea with its answer, as CSV (UTF-8). No author, no personal data. */
  @Get(':idOrSlug/ideas.csv')
  @Public()
  @ApiProduces('text/csv')
  async csv(@Req() req: AgoraRequest, @Param('idOrSlug') idOrSlug: string, @Res() res: Response): Promise<void> {
    const file = await this.exports.ideasCsv(idOrSlug, viewerOf(req));
    send(res, file);
  }

  /** Open data: the same as GeoJSON (RFC 7946; an idea without a point has a null geometry). */
  @Get(':idOrSlug/ideas.geojson')
  @Public()
  @ApiProduces('application/geo+json')
  async geojson(@Req() req: AgoraRequest, @Param('idOrSlug') idOrSlug: string, @Res() res: Response): Promise<void> {
    const file = await this.exports.ideasGeoJson(idOrSlug, viewerOf(req));
    send(res, file);
  }

  /** What moderators hid in the box (ideas and comments, with the reason), to bring back a hide made by mistake: staff of the ideas' territories. */
  @Get(':id/hidden')
  @RequireRole(PROPOSAL_STAFF_ROLES, { from: 'any' })
  @ApiCookieAuth('agora_session')
  @ApiOkResponse({ description: 'HiddenIdeaContent[], newest first; undo with POST /api/proposals/:id/unhide or /api/proposals/comments/:commentId/unhide.' })
  hidden(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string): Promise<HiddenIdeaContent[]> {
    return this.moderation.hidden(id, principalOf(req).accountId);
  }

  /** The shop wishes one by one (place, type, supports, answer) for the economic development team: staff only. */
  @Get(':id/shop-demand/wishes.csv')
  @RequireRole(IDEA_EXPORT_ROLES, { from: 'any' })
  @ApiCookieAuth('agora_session')
  @ApiProduces('text/csv')
  async wishesCsv(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string, @Res() res: Response): Promise<void> {
    send(res, await this.exports.shopWishesCsv(id, principalOf(req).accountId));
  }
}

function send(res: Response, file: { filename: string; mediaType: string; content: string }): void {
  res
    .status(200)
    .set({ 'Content-Type': file.mediaType, 'Content-Disposition': `attachment; filename="${file.filename}"` })
    .send(file.content);
}
