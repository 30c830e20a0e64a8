import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';

import { ProcessResults, ReceiptCheck } from '@agora/contracts';

import { Public, RequireRole } from '../access/access.decorator';
import { IdPipe } from '../access/id.pipe';
import { AgoraRequest, principalOf } from '../access/principal';
import { PROCESS_TEAM } from '../processes/processes.service';
import { ResultsViewService } from './results-view.service';
import { ResultsService } from './results.service';

/** Count → staff review → publish; the public results, the open-data files and the receipt check. */
@ApiTags('results')
@Controller()
export class ResultsController {
  constructor(
    private readonly results: ResultsService,
    private readonly views: ResultsViewService,
  ) {}

  /** Closes the vote (if open) and counts every envelope by its declared rule. */
  @Post('processes/:id/count')
  @HttpCode(200)
  @RequireRole(PROCESS_TEAM, { from: 'any' })
  count(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string): Promise<ProcessResults> {
    return this.results.count(principalOf(req).accountId, id);
  }

  /** The count as staff review it before publishing. */
  @Get('processes/:id/results/draft')
  @RequireRole(PROCESS_TEAM, { from: 'any' })
  draft(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string): Promise<ProcessResults> {
    return this.views.draft(principalOf(req).accountId, id);
  }

  @Post('processes/:id/results/publish')
  @HttpCode(200)
  @RequireRole(PROCESS_TEAM, { from: 'any' })
  publish(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string): Promise<ProcessResults> {
    return this.results.publish(principalOf(req).accountId, id);
  }

  @Get('processes/:idOrSlug/results')
  @Public()
  publicResults(@Param('idOrSlug') idOrSlug: string): Promise<ProcessResults> {
    return this.views.publicResults(idOrSlug);
  }

  /** A published file, with its SHA-256 in a header so that a download can be checked. */
  @Get('open-data/:id')
  @Public()
  async file(@Param('id', IdPipe) id: string, @Res() res: Response): Promise<void> {
    const file = await this.views.file(id);
    res
      .status(200)
      .set({ 'Content-Type': file.mediaType, 'Content-Disposition': `attachment; filename="${file.filename}"`, 'X-Content-SHA256': file.sha256, 'Cache-Control': 'public, max-age=3600' })
      .send(file.content);
  }

  @Get('receipts/:code')
  @Public()
  receipt(@Param('code') code: string): Promise<ReceiptCheck> {
    return this.views.receipt(code);
  }
}
