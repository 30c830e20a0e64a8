import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type {
  IdeaConversion,
  IdeaListQuery,
  IdeaSummary,
  Page,
  ShopDemandCells,
  ShopDemandCellsQuery,
  ShopType,
} from '@agora/contracts';

import { proposalListFilter } from '../proposals/proposal-list.filter';
import { PROPOSAL_COLUMNS, PROPOSAL_FROM, ProposalRow, rowToSummary } from '../proposals/proposal.mapper';
import { publicIdea } from './idea-boxes.service';
import { ideaErrors } from './idea.errors';
import { OpenIdeaRow } from './idea-open-data.rule';
import { shopDemandGrid } from './shop-demand-grid.rule';

export const IDEAS_DEFAULT_PAGE_SIZE = 20;
export const DEFAULT_CELL_METRES = 250;

/** One shop wish for the economic development team: where, what, how supported; no author. */
export interface ShopWishExportRow {
  id: string;
  shopType: ShopType;
  title: string;
  territoryName: string;
  lat: number | null;
  lng: number | null;
  address: string | null;
  supports: number;
  answer: string | null;
  publishedAt: Date | null;
}

/**
 * What the public reads of an idea box beyond the proposals module's own lists: ideas with their
 * answers (filter by answer), the shop-demand grid, the open data rows and what an idea became.
 * Callers have checked the process is a visible idea box.
 */
@Injectable()
export class IdeasQueryService {
  constructor(private readonly dataSource: DataSource) {}

  async list(processId: string, query: IdeaListQuery): Promise<Page<IdeaSummary>> {
    const { where: listed, params } = proposalListFilter(processId, query);
    const clauses = [listed];
    const add = (clause: (placeholder: string) => string, value: unknown) => {
      params.push(value);
      clauses.push(clause(`$${params.length}`));
    };
    if (query.shopType) add((x) => `p.shop_type = ${x}`, query.shopType);
    if (query.answer === 'none') clauses.push('p.answer IS NULL');
    else if (query.answer) add((x) => `p.answer = ${x}`, query.answer);
    const where = clauses.join(' AND ');
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? IDEAS_DEFAULT_PAGE_SIZE;
    const [{ total }]: Array<{ total: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS total ${PROPOSAL_FROM} WHERE ${where}`,
      params,
    );
    let order = 'supports_count DESC, p.published_at DESC NULLS LAST, p.id';
    if (query.sort === 'newest') order = 'p.published_at DESC NULLS LAST, p.id';
    else if (query.sort === 'random') {
      // As the proposals list: a seeded shuffle, stable while paging, changing daily without a seed.
      params.push(query.seed ?? new Date().toISOString().slice(0, 10));
      order = `md5(p.id::text || $${params.length}), p.id`;
    }
    params.push(pageSize, (page - 1) * pageSize);
    const rows: Array<ProposalRow & { converted: IdeaSummary['converted'] }> = await this.dataSource.query(
      `SELECT ${PROPOSAL_COLUMNS}, (SELECT ic.target FROM idea_conversions ic WHERE ic.proposal_id = p.id) AS converted
       ${PROPOSAL_FROM} WHERE ${where} ORDER BY ${order} LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return {
      items: rows.map((row) => ({ ...rowToSummary(row), answer: row.answer, converted: row.converted })),
      total,
      page,
      pageSize,
    };
  }

  /** Every public idea of the box, oldest first, for the CSV and GeoJSON files. */
  openRows(processId: string): Promise<OpenIdeaRow[]> {
    return this.dataSource.query(
      `SELECT p.id, p.kind, p.shop_type AS "shopType", p.title, p.description, p.description_format AS "descriptionFormat",
              p.category, p.territory_id AS "territoryId", t.name AS "territoryName", p.status, p.answer,
              p.answer_reason AS "answerReason", p.answered_at AS "answeredAt",
              (SELECT count(*)::int FROM proposal_supports s WHERE s.proposal_id = p.id) AS "supportsCount",
              (SELECT count(*)::int FROM proposal_comments c WHERE c.proposal_id = p.id AND c.hidden_at IS NULL) AS "commentsCount",
              p.lat, p.lng, p.address, p.published_at AS "publishedAt",
              (SELECT ic.target FROM idea_conversions ic WHERE ic.proposal_id = p.id) AS converted
       FROM proposals p JOIN territories t ON t.id = p.territory_id
       WHERE p.process_id = $1 AND ${publicIdea('p')}
       ORDER BY p.published_at NULLS LAST, p.id`,
      [processId],
    );
  }

  /** The shop wishes with a point, grouped into grid cells (optionally of one shop type). */
  async cells(processId: string, territoryId: string, query: ShopDemandCellsQuery): Promise<ShopDemandCells> {
    const cellMetres = query.cellMetres ?? DEFAULT_CELL_METRES;
    const wishes: Array<{ shopType: ShopType; lat: number | null; lng: number | null; supports: number }> =
      await this.dataSource.query(
        `SELECT p.shop_type AS "shopType", p.lat, p.lng,
                (SELECT count(*)::int FROM proposal_supports s WHERE s.proposal_id = p.id) AS supports
         FROM proposals p
         WHERE p.process_id = $1 AND p.kind = 'shop' AND ${publicIdea('p')} AND ($2::text IS NULL OR p.shop_type = $2)`,
        [processId, query.shopType ?? null],
      );
    const [box]: Array<{ min_lat: number | null; max_lat: number | null }> = await this.dataSource.query(
      `SELECT bbox_min_lat AS min_lat, bbox_max_lat AS max_lat FROM territories WHERE id = $1`,
      [territoryId],
    );
    const placed = wishes.filter(
      (w): w is { shopType: ShopType; lat: number; lng: number; supports: number } => w.lat !== null && w.lng !== null,
    );
    const referenceLat =
      box?.min_lat != null && box.max_lat != null
        ? (box.min_lat + box.max_lat) / 2
        : placed.length
          ? placed.reduce((sum, w) => sum + w.lat, 0) / placed.length
          : 0;
    return {
      cellMetres,
      cells: shopDemandGrid(placed, cellMetres, referenceLat),
      withoutPlace: wishes.length - placed.length,
    };
  }

  /** The shop wishes one by one, for the staff's export. */
  shopWishes(processId: string): Promise<ShopWishExportRow[]> {
    return this.dataSource.query(
      `SELECT p.id, p.shop_type AS "shopType", p.title, t.name AS "territoryName", p.lat, p.lng, p.address,
              (SELECT count(*)::int FROM proposal_supports s WHERE s.proposal_id = p.id) AS supports,
              p.answer, p.published_at AS "publishedAt"
       FROM proposals p JOIN territories t ON t.id = p.territory_id
       WHERE p.process_id = $1 AND p.kind = 'shop' AND ${publicIdea('p')}
       ORDER BY p.shop_type, t.name, p.published_at, p.id`,
      [processId],
    );
  }

  /** What the idea became, if anything. */
  async conversion(proposalId: string): Promise<IdeaConversion | null> {
    const [idea]: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM proposals WHERE id = $1 AND status <> 'draft'`,
      [proposalId],
    );
    if (!idea) throw ideaErrors.ideaNotFound();
    const [row]: Array<{
      target: IdeaConversion['target'];
      target_id: string;
      target_process_id: string | null;
      slug: string | null;
      title: string;
      created_at: Date;
    }> = await this.dataSource.query(
      `SELECT ic.target, ic.target_id, ic.target_process_id, pr.slug, ic.title, ic.created_at
       FROM idea_conversions ic LEFT JOIN processes pr ON pr.id = ic.target_process_id
       WHERE ic.proposal_id = $1`,
      [proposalId],
    );
    return row
      ? {
          target: row.target,
          targetId: row.target_id,
          processId: row.target_process_id,
          processSlug: row.slug,
          title: row.title,
          at: row.created_at.toISOString(),
        }
      : null;
  }
}
