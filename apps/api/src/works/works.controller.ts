import { Body, Controller, Delete, Get, Header, HttpCode, Inject, Param, Post, Put, Query, Req, Res, Sse } from '@nestjs/common';
import { ApiConsumes, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Observable } from 'rxjs';

import { WorkFollowPreferencesRequest, WorkListQuery, WorkUnsubscribeRequest } from '@agora/contracts';
import type { WorkDetail, WorkFeatureCollection, WorkFollowPreferences, WorkFollowState, WorkPage, WorkUnsubscribeResult } from '@agora/contracts';

import { Public, SignedIn } from '../access/access.decorator';
import { IdPipe } from '../access/id.pipe';
import type { AgoraRequest, Principal } from '../access/principal';
import { APP_CONFIG } from '../config/app.config';
import type { AppConfig } from '../config/app.config';
import { clientInfoOf } from '../identity/client-info.rule';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { LiveUpdatesService } from '../live/live-updates.service';
import { WorkFollowService } from './work-follow.service';
import { worksCsv, worksGeoJson } from './work-open-data.rule';
import { WorkPhotosService } from './work-photos.service';
import { WorkQueryService } from './work-query.service';
import { workErrors } from './work.errors';
import { worksTopic } from './works.service';

/** The public side of works: list, map, open data, a work's page and photos, live updates, following. */
@ApiTags('works')
@Controller('works')
export class WorksController {
  constructor(
    private readonly query: WorkQueryService,
    private readonly follows: WorkFollowService,
    private readonly photos: WorkPhotosService,
    private readonly live: LiveUpdatesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({ description: 'A page of works (WorkPage), filtered by territory (commune or quartier), status and category.' })
  list(@Query() query: WorkListQuery): Promise<WorkPage> {
    return this.query.list(query);
  }

  /** Open data: the works list as CSV (`;`, UTF-8), the same columns as the staff import plus a few. */
  @Get('open-data.csv')
  @Public()
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The works (same filters as the list, not paged) as CSV: licence ouverte, `;`-separated, UTF-8.' })
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="travaux.csv"')
  async csv(@Query() query: WorkListQuery): Promise<string> {
    return worksCsv(await this.query.all(query), this.config.publicUrl);
  }

  /** Open data and the public map: the works with a place as GeoJSON. */
  @Get('open-data.geojson')
  @Public()
  @ApiProduces('application/geo+json')
  @ApiOkResponse({ description: 'The works with a place (same filters as the list) as a GeoJSON FeatureCollection (WorkFeatureCollection), WGS84.' })
  async geojson(@Query() query: WorkListQuery, @Res({ passthrough: true }) res: Response): Promise<WorkFeatureCollection> {
    res.type('application/geo+json');
    return worksGeoJson(await this.query.all(query), this.config.publicUrl);
  }

  /** Server-sent events when a work of the territory changes (ids, status and progress only). */
  @Sse('live')
  @Public()
  liveUpdates(@Query('territoryId', IdPipe) territoryId: string): Observable<{ data: unknown; type: string }> {
    return this.live.sse(worksTopic(territoryId));
  }

  @Get('follow-preferences')
  @SignedIn({ verifiedEmail: false })
  preferences(@CurrentPrincipal() principal: Principal): Promise<WorkFollowPreferences> {
    return this.follows.preferences(principal.accountId);
  }

  @Put('follow-preferences')
  @SignedIn({ verifiedEmail: false })
  setPreferences(@CurrentPrincipal() principal: Principal, @Body() body: WorkFollowPreferencesRequest): Promise<WorkFollowPreferences> {
    return this.follows.setPreferences(principal.accountId, body.autoFollowFundedProjects);
  }

  /** The one-click unsubscribe of the e-mails (the web page posts here): the signed token is the authorisation. */
  @Post('unsubscribe')
  @HttpCode(200)
  @Public()
  unsubscribe(@Body() body: WorkUnsubscribeRequest, @Req() req: AgoraRequest): Promise<WorkUnsubscribeResult> {
    return this.follows.unsubscribe(body.token, clientInfoOf(req).ip);
  }

  /**
   * RFC 8058 one-click unsubscribe, the URL of the mails' List-Unsubscribe header: the mail provider
   * posts `List-Unsubscribe=One-Click` (form-encoded), with no cookie, hence no CSRF token (the route is
   * exempted in IdentityModule; the signed token is the authorisation).
   */
  @Post('unsubscribe/one-click')
  @HttpCode(200)
  @Public()
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiOkResponse({ description: 'WorkUnsubscribeResult. Body `List-Unsubscribe=One-Click`, token in the query string.' })
  oneClick(@Query('token') token: unknown, @Body('List-Unsubscribe') action: unknown, @Req() req: AgoraRequest): Promise<WorkUnsubscribeResult> {
    if (action !== 'One-Click') throw workErrors.oneClickBody();
    if (typeof token !== 'string' || token.length < 10 || token.length > 1000) throw workErrors.badToken();
    return this.follows.unsubscribe(token, clientInfoOf(req).ip);
  }

  /** The same URL opened in a browser: never unsubscribes by itself (link scanners), sends to the web page that asks nothing more. */
  @Get('unsubscribe/one-click')
  @Public()
  oneClickPage(@Query('token') token: unknown, @Res() res: Response): void {
    const query = typeof token === 'string' && token.length <= 1000 ? `?token=${encodeURIComponent(token)}` : '';
    res.redirect(302, `${this.config.publicUrl}/travaux/desabonnement${query}`);
  }

  @Get('photos/:photoId')
  @Public()
  async photo(@Param('photoId', IdPipe) photoId: string, @Res() res: Response): Promise<void> {
    const photo = await this.photos.read(photoId);
    res.set({
      'Content-Type': photo.contentType,
      'Content-Length': String(photo.content.length),
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition': 'inline',
      'Cache-Control': 'public, max-age=3600',
    });
    res.send(photo.content);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ description: 'A work with its children and timeline (WorkDetail).' })
  detail(@Param('id', IdPipe) id: string, @Req() req: AgoraRequest): Promise<WorkDetail> {
    return this.query.detail(id, req.principal?.accountId ?? null);
  }

  /** Following means e-mails: only to a verified address. */
  @Put(':id/follow')
  @SignedIn()
  follow(@Param('id', IdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<WorkFollowState> {
    return this.follows.follow(principal.accountId, id, true);
  }

  @Delete(':id/follow')
  @SignedIn()
  unfollow(@Param('id', IdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<WorkFollowState> {
    return this.follows.follow(principal.accountId, id, false);
  }
}
