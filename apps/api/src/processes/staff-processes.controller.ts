import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';

import { ManagedProcess, ManagedProcessQuery } from '@agora/contracts';

import { RequireRole } from '../access/access.decorator';
import { AgoraRequest, principalOf } from '../access/principal';
import { PROCESS_TEAM, ProcessesService } from './processes.service';

/** The back office's list: every process the person runs, drafts included, wherever their role is. */
@ApiTags('processes')
@ApiCookieAuth('agora_session')
@Controller('staff/processes')
export class StaffProcessesController {
  constructor(private readonly processes: ProcessesService) {}

  // Anyone on a team somewhere passes the guard; the list holds only the processes of their territories.
  @Get()
  @RequireRole(PROCESS_TEAM, { from: 'any' })
  list(@Req() req: AgoraRequest, @Query() query: ManagedProcessQuery): Promise<ManagedProcess[]> {
    return this.processes.managed(principalOf(req).accountId, query.kind);
  }
}
