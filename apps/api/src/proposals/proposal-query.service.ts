import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type {
  Page,
  ProposalDetail,
  ProposalFeatureCollection,
  ProposalImage,
  ProposalListQuery,
  ProposalSummary,
  SimilarProposal,
} from '@agora/contracts';

import { isUuid } from '../access/id.rule';
import { buildCommentTree, CommentRow } from './comment-tree.rule';
import { proposalListFilter } from './proposal-list.filter';
import {
  imageUrl,
  PROPOSAL_COLUMNS,
  PROPOSAL_FROM,
  ProposalRow,
  rowToDetailBase,
  rowToSummary,
} from './proposal.mapper';
import { proposalErrors } from './proposal.errors';

export const PROPOSALS_DEFAULT_PAGE_SIZE = 20;
/** Suggestions while typing a title: a handful is what a person reads. */
const SIMILAR_LIMIT = 5;
/** Below this trigram similarity two titles share too little to be worth suggesting. */
const TRIGRAM_THRESHOLD = 0.3;

/** Everything the public reads about proposals: lists, the map, one proposal's page, similar titles. */
@Injectable()
export class ProposalQueryService {
  constructor(private readonly dataSource: DataSource) {}

  private async assertProcess(processId: string): Promise<void> {
    if (!isUuid(processId)) throw proposalErrors.processNotFound();
    const [row] = await this.dataSource.query(`SELECT 1 FROM processes WHERE id = $1`, [processId]);
    if (!row) throw proposalErrors.processNotFound();
  }

  async list(processId: string, query: ProposalListQuery): Promise<Page<ProposalSummary>> {
    await this.assertProcess(processId);
    const { where, params } = proposalListFilter(processId, query);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? PROPOSALS_DEFAULT_PAGE_SIZE;
    const [{ total }]: Array<{ total: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS total ${PROPOSAL_FROM} WHERE ${where}`,
      params,
    );
    let order: string;
    if (query.sort === 'random') {
      // A seeded shuffle: the same seed pages through the same order. Without one, the order changes
      // daily, so no proposal sits at the top for the whole phase (position bias).
      params.push(query.seed ?? new Date().toISOString().slice(0, 10));
      order = `md5(p.id::text || $${params.length}), p.id`;
    } else if (query.sort === 'newest') {
      order = 'p.published_at DESC NULLS LAST, p.id';
    } else {
      order = 'supports_count DESC, p.published_at DESC NULLS LAST, p.id';
    }
    params.push(pageSize, (page - 1) * pageSize);
    const rows: ProposalRow[] = await this.dataSource.query(
      `SELECT ${PROPOSAL_COLUMNS} ${PROPOSAL_FROM} WHERE ${where} ORDER BY ${order}
       LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return { items: rows.map(rowToSummary), total, page, pageSize };
  }

  /** The author's own proposals of a process, newest first, whatever their status. */
  async mine(processId: string, accountId: string): Promise<ProposalSummary[]> {
    await this.assertProcess(processId);
    const rows: ProposalRow[] = await this.dataSource.query(
      `SELECT ${PROPOSAL_COLUMNS} ${PROPOSAL_FROM} WHERE p.process_id = $1 AND p.author_id = $2 ORDER BY p.created_at DESC, p.id`,
      [processId, accountId],
    );
    return rows.map(rowToSummary);
  }

  /** The proposals with a point, as GeoJSON for the map (the list's filters apply). */
  async map(processId: string, query: ProposalListQuery): Promise<ProposalFeatureCollection> {
    await this.assertProcess(processId);
    const { where, params } = proposalListFilter(processId, query);
    const rows: ProposalRow[] = await this.dataSource.query(
      `SELECT ${PROPOSAL_COLUMNS} ${PROPOSAL_FROM} WHERE ${where} AND p.lat IS NOT NULL ORDER BY p.published_at, p.id`,
      params,
    );
    return {
      type: 'FeatureCollection',
      features: rows.map((row) => ({
        type: 'Feature',
        id: row.id,
        geometry: { type: 'Point', coordinates: [row.lng as number, row.lat as number] },
        properties: {
          title: row.title,
          kind: row.kind,
          shopType: row.shop_type,
          status: row.status,
          category: row.category,
          territoryId: row.territory_id,
          supportsCount: row.supports_count,
        },
      })),
    };
  }

  /**
   * Proposals of the process whose title or text resemble `title`, to suggest supporting an existing
   * one rather than filing a duplicate. Full-text search in French, accents folded (any word of the
   * title may match, ranked), plus trigram similarity of the titles for typos and word forms the
   * stemmer misses.
   */
  async similar(processId: string, title: string): Promise<SimilarProposal[]> {
    await this.assertProcess(processId);
    const rows: Array<SimilarProposal> = await this.dataSource.query(
      `WITH q AS (
         SELECT (SELECT to_tsquery('simple', string_agg(quote_literal(lexeme), ' | '))
                 FROM unnest(to_tsvector('french_unaccent', $2))) AS query,
                unaccent(lower($2)) AS folded
       )
       SELECT p.id, p.title, p.status,
              (SELECT count(*)::int FROM proposal_supports s WHERE s.proposal_id = p.id) AS "supportsCount"
       FROM proposals p, q
       WHERE p.process_id = $1 AND p.hidden_at IS NULL AND p.status NOT IN ('draft', 'withdrawn', 'merged')
         AND ((q.query IS NOT NULL AND p.search @@ q.query) OR similarity(unaccent(lower(p.title)), q.folded) >= $3)
       ORDER BY coalesce(ts_rank(p.search, q.query), 0) + similarity(unaccent(lower(p.title)), q.folded) DESC, p.id
       LIMIT $4`,
      [processId, title, TRIGRAM_THRESHOLD, SIMILAR_LIMIT],
    );
    return rows;
  }

  async detail(proposalId: string, viewerId: string | null): Promise<ProposalDetail> {
    const [row]: ProposalRow[] = await this.dataSource.query(
      `SELECT ${PROPOSAL_COLUMNS} ${PROPOSAL_FROM} WHERE p.id = $1`,
      [proposalId],
    );
    if (!row || (row.status === 'draft' && row.author_id !== viewerId))
      throw proposalErrors.proposalNotFound();
    const hidden = row.hidden_reason !== null;
    const [images, comments, supported, mergedFrom, mergedInto] = await Promise.all([
      hidden ? Promise.resolve([]) : this.images(proposalId),
      this.dataSource.query(
        `SELECT c.id, c.parent_id, c.depth, c.author_id, a.display_name AS author_name, c.body, c.hidden_reason, c.created_at
         FROM proposal_comments c LEFT JOIN accounts a ON a.id = c.author_id AND a.deleted_at IS NULL
         WHERE c.proposal_id = $1 ORDER BY c.created_at, c.id`,
        [proposalId],
      ) as Promise<CommentRow[]>,
      viewerId
        ? (this.dataSource.query(
            `SELECT 1 FROM proposal_supports WHERE proposal_id = $1 AND account_id = $2`,
            [proposalId, viewerId],
          ) as Promise<unknown[]>)
        : Promise.resolve([]),
      this.dataSource.query(
        `SELECT id, title FROM proposals WHERE merged_into_id = $1 ORDER BY created_at, id`,
        [proposalId],
      ) as Promise<Array<{ id: string; title: string }>>,
      row.merged_into_id
        ? (this.dataSource.query(`SELECT id, title FROM proposals WHERE id = $1`, [
            row.merged_into_id,
          ]) as Promise<Array<{ id: string; title: string }>>)
        : Promise.resolve([]),
    ]);
    const mine = viewerId !== null && row.author_id === viewerId;
    return {
      ...rowToDetailBase(row),
      images,
      comments: buildCommentTree(comments, viewerId),
      supportedByMe: supported.length > 0,
      mine,
      canEdit: mine && (row.status === 'draft' || row.status === 'published') && row.phase === 'proposals',
      mergedInto: mergedInto[0] ?? null,
      mergedFrom,
    };
  }

  async images(proposalId: string): Promise<ProposalImage[]> {
    const rows: Array<{ id: string; content_type: string; size_bytes: number; alt: string }> =
      await this.dataSource.query(
        `SELECT id, content_type, size_bytes, alt FROM proposal_images WHERE proposal_id = $1 ORDER BY created_at, id`,
        [proposalId],
      );
    return rows.map((r) => ({
      id: r.id,
      url: imageUrl(r.id),
      contentType: r.content_type,
      sizeBytes: r.size_bytes,
      alt: r.alt,
    }));
  }
}
