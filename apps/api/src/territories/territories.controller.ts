import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import {
  CreateTerritoryRequest,
  ImportQuartiersRequest,
  ImportQuartiersResult,
  LegalInfo,
  LegalInfoWrapper,
  LocateQuery,
  Territory,
  TerritoryDetail,
  UpdateTerritoryRequest,
} from '@agora/contracts';

import { Public, RequireRole } from '../access/access.decorator';
import { IdPipe } from '../access/id.pipe';
import { AgoraRequest, principalOf } from '../access/principal';
import { LegalInfoService } from './legal-info.service';
import { QuartierImportService } from './quartier-import.service';
import { TerritoriesService } from './territories.service';
import { TerritoryLocator } from './territory-locator.service';

@ApiTags('territories')
@Controller('territories')
export class TerritoriesController {
  constructor(
    private readonly territories: TerritoriesService,
    private readonly locator: TerritoryLocator,
    private readonly importer: QuartierImportService,
    private readonly legal: LegalInfoService,
  ) {}

  /** Every territory, flat (build the tree from `parentId`). */
  @Get()
  @Public()
  list(): Promise<Territory[]> {
    return this.territories.list();
  }

  /** The quartier containing a point (declared before `:idOrSlug`, which would otherwise catch "locate"). */
  @Get('locate')
  @Public()
  locate(@Query() query: LocateQuery): Promise<Territory> {
    return this.locator.locate(query.lat, query.lng);
  }

  @Get(':idOrSlug')
  @Public()
  detail(@Param('idOrSlug') idOrSlug: string): Promise<TerritoryDetail> {
    return this.territories.detail(idOrSlug);
  }

  /** Admins of the parent create territories under it. */
  @Post()
  @RequireRole(['admin'], { from: 'body', key: 'parentId' })
  create(@Req() req: AgoraRequest, @Body() body: CreateTerritoryRequest): Promise<TerritoryDetail> {
    return this.territories.create(principalOf(req).accountId, body);
  }

  @Patch(':id')
  @RequireRole(['admin'], { from: 'param', key: 'id' })
  update(
    @Req() req: AgoraRequest,
    @Param('id', IdPipe) id: string,
    @Body() body: UpdateTerritoryRequest,
  ): Promise<TerritoryDetail> {
    return this.territories.update(principalOf(req).accountId, id, body);
  }

  @Post(':id/quartiers/import')
  @HttpCode(200)
  @RequireRole(['admin'], { from: 'param', key: 'id' })
  importQuartiers(
    @Req() req: AgoraRequest,
    @Param('id', IdPipe) id: string,
    @Body() body: ImportQuartiersRequest,
  ): Promise<ImportQuartiersResult> {
    return this.importer.import(principalOf(req).accountId, id, body);
  }

  /** Public: the legal pages are for everyone. Inherited from the nearest ancestor that has them. */
  @Get(':idOrSlug/legal')
  @Public()
  getLegal(@Param('idOrSlug') idOrSlug: string): Promise<LegalInfo> {
    return this.legal.get(idOrSlug);
  }

  @Put(':id/legal')
  @RequireRole(['admin'], { from: 'param', key: 'id' })
  putLegal(
    @Req() req: AgoraRequest,
    @Param('id', IdPipe) id: string,
    @Body() body: LegalInfoWrapper,
  ): Promise<LegalInfo> {
    return this.legal.put(principalOf(req).accountId, id, body.legal);
  }
}
