import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

import { GrantRoleRequest, RoleAssignment } from '@agora/contracts';

import { RequireRole } from './access.decorator';
import { IdPipe } from './id.pipe';
import { AgoraRequest, principalOf } from './principal';
import { RoleAssignmentService } from './role-assignment.service';

class RolesQuery {
  @IsUUID()
  territoryId!: string;
}

@ApiTags('admin')
@Controller('admin/roles')
export class RolesController {
  constructor(private readonly assignments: RoleAssignmentService) {}

  /** Who holds which role on the territory and its descendants. */
  @Get()
  @RequireRole(['admin'], { from: 'query', key: 'territoryId' })
  list(@Query() query: RolesQuery): Promise<RoleAssignment[]> {
    return this.assignments.list(query.territoryId);
  }

  @Post()
  @RequireRole(['admin'], { from: 'body', key: 'territoryId' })
  grant(@Req() req: AgoraRequest, @Body() body: GrantRoleRequest): Promise<RoleAssignment> {
    return this.assignments.grant(principalOf(req).accountId, body);
  }

  /** Any admin reaches the service, which checks the admin role on the assignment's own territory. */
  @Delete(':id')
  @HttpCode(204)
  @RequireRole(['admin'], { from: 'any' })
  async revoke(@Req() req: AgoraRequest, @Param('id', IdPipe) id: string): Promise<void> {
    await this.assignments.revoke(principalOf(req).accountId, id);
  }
}
