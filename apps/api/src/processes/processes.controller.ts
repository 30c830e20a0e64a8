import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import {
  ChangePhaseRequest,
  CreateProcessRequest,
  ProcessDetail,
  ProcessListQuery,
  ProcessSummary,
  UpdateProcessRequest,
} from '@agora/contracts';

import { Public, RequireRole } from '../access/access.decorator';
import { IdPipe } from '../access/id.pipe';
import { AgoraRequest, principalOf } from '../access/principal';
import { PROCESS_OWNERS, ProcessesService } from './processes.service';

@ApiTags('processes')
@Controller('processes')
export class ProcessesController {
  constructor(private readonly processes: ProcessesService) {}

  /** Every process past its draft, newest first, optionally for one territory. */
  @Get()
  @Public()
  list(@Query() query: ProcessListQuery): Promise<ProcessSummary[]> {
    return this.processes.list(query.territoryId);
  }

  @Get(':idOrSlug')
  @Public()
  async detail(@Req() req: AgoraRequest, @Param('idOrSlug') idOrSlug: string): Promise<ProcessDetail> {
    return this.processes.detail(await this.processes.findVisible(idOrSlug, req.principal?.accountId ?? null));
  }

  /** Officials and admins of the territory launch a process (it starts as a draft). */
  @Post()
  @RequireRole(PROCESS_OWNERS, { from: 'body', key: 'territoryId' })
  create(@Req() req: AgoraRequest, @Body() body: CreateProcessRequest): Promise<ProcessDetail> {
    return this.processes.create(principalOf(req).accountId, body);
  }

  // The process's territory is only known once it is loaded: the service checks the role on it.
  @Patch(':id')
  @RequireRole(PROCESS_OWNERS, { from: 'any' })
  update(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string, @Body() body: UpdateProcessRequest): Promise<ProcessDetail> {
    return this.processes.update(principalOf(req).accountId, id, body);
  }

  @Post(':id/phase')
  @HttpCode(200)
  @RequireRole(PROCESS_OWNERS, { from: 'any' })
  changePhase(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string, @Body() body: ChangePhaseRequest): Promise<ProcessDetail> {
    return this.processes.changePhase(principalOf(req).accountId, id, body.phase);
  }
}
