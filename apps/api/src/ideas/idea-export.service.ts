import { Inject, Injectable } from '@nestjs/common';

import type { RoleName } from '@agora/contracts';

import { accessErrors } from '../access/access.errors';
import { RoleService } from '../access/role.service';
import { APP_CONFIG } from '../config/app.config';
import type { AppConfig } from '../config/app.config';
import { csvField } from '../proposals/shop-demand.rule';
import { IdeaBoxesService } from './idea-boxes.service';
import { ideasCsv, ideasGeoJson } from './idea-open-data.rule';
import { IdeasQueryService, ShopWishExportRow } from './ideas-query.service';

/** Who takes the detailed shop-wish export: the commune's staff, officials and admins. */
export const IDEA_EXPORT_ROLES: RoleName[] = ['staff', 'official', 'admin'];

export interface ExportFile {
  filename: string;
  mediaType: string;
  content: string;
}

/** The idea box's files: the public open data, and the staff's export of shop wishes. */
@Injectable()
export class IdeaExportService {
  constructor(
    private readonly boxes: IdeaBoxesService,
    private readonly query: IdeasQueryService,
    private readonly roles: RoleService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async ideasCsv(idOrSlug: string, viewerId: string | null): Promise<ExportFile> {
    const process = await this.boxes.findVisible(idOrSlug, viewerId);
    return {
      filename: `idees-${process.slug}.csv`,
      mediaType: 'text/csv; charset=utf-8',
      content: ideasCsv(await this.query.openRows(process.id), this.config.publicUrl),
    };
  }

  async ideasGeoJson(idOrSlug: string, viewerId: string | null): Promise<ExportFile> {
    const process = await this.boxes.findVisible(idOrSlug, viewerId);
    const collection = ideasGeoJson(process.title, await this.query.openRows(process.id), this.config.publicUrl);
    return {
      filename: `idees-${process.slug}.geojson`,
      mediaType: 'application/geo+json; charset=utf-8',
      content: JSON.stringify(collection),
    };
  }

  async shopWishesCsv(id: string, actorId: string): Promise<ExportFile> {
    const process = await this.boxes.findVisible(id, actorId);
    if (!(await this.roles.hasRole(actorId, IDEA_EXPORT_ROLES, process.territoryId))) throw accessErrors.forbidden();
    return {
      filename: `souhaits-commerces-${process.slug}.csv`,
      mediaType: 'text/csv; charset=utf-8',
      content: shopWishesCsv(await this.query.shopWishes(process.id)),
    };
  }
}

/** One line per shop wish, French column names; numbers as they are, text spreadsheet-safe. */
export function shopWishesCsv(rows: readonly ShopWishExportRow[]): string {
  const header = ['id', 'type_commerce', 'titre', 'territoire', 'latitude', 'longitude', 'adresse', 'soutiens', 'reponse', 'publiee_le'];
  const cell = (value: string | number | null) => (typeof value === 'number' ? String(value) : csvField(value));
  const lines = rows.map((r) =>
    [r.id, r.shopType, r.title, r.territoryName, r.lat, r.lng, r.address, r.supports, r.answer, r.publishedAt?.toISOString() ?? null]
      .map(cell)
      .join(','),
  );
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}
