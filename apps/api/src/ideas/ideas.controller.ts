import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Req } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';

import { ConvertIdeaToBudgetProjectRequest } from '@agora/contracts';
import type { IdeaConversion } from '@agora/contracts';

import { Public, RequireRole } from '../access/access.decorator';
import { IdPipe } from '../access/id.pipe';
import { AgoraRequest, principalOf } from '../access/principal';
import { PROPOSAL_STAFF_ROLES } from '../proposals/proposal-staff.policy';
import { IdeaConversionService } from './idea-conversion.service';
import { IdeasQueryService } from './ideas-query.service';

/** One idea: what it became, and the staff's action turning it into a budget project. */
@ApiTags('idea boxes')
@Controller('ideas')
export class IdeasController {
  constructor(
    private readonly conversions: IdeaConversionService,
    private readonly query: IdeasQueryService,
  ) {}

  /** What the idea became (a budget project or a planned work), or `{ conversion: null }`. */
  @Get(':id/conversion')
  @Public()
  async conversion(@Param('id', IdPipe) id: string): Promise<{ conversion: IdeaConversion | null }> {
    return { conversion: await this.query.conversion(id) };
  }

  /** Copies the idea into a budget process of the same commune (proposals or assessment phase); audited, the author is e-mailed. */
  @Post(':id/budget-project')
  @HttpCode(HttpStatus.CREATED)
  @RequireRole(PROPOSAL_STAFF_ROLES, { from: 'any' })
  @ApiCookieAuth('agora_session')
  toBudgetProject(
    @Req() req: AgoraRequest,
    @Param('id', IdPipe) id: string,
    @Body() body: ConvertIdeaToBudgetProjectRequest,
  ): Promise<IdeaConversion> {
    return this.conversions.toBudgetProject(id, principalOf(req).accountId, body.processId.toLowerCase());
  }
}
