import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type { TimelineEntry, WorkDetail, WorkListQuery, WorkPage, WorkSummary } from '@agora/contracts';

import { isUuid } from '../access/id.rule';
import { workErrors } from './work.errors';
import { TimelineRow, toTimelineEntry, toWorkSummary, WORK_COLUMNS, WORK_FROM, WorkRow } from './work.mapper';
import { workFollowersSql } from './work-followers.query';

const DEFAULT_PAGE_SIZE = 50;
/** Open data and the map are not paged, but are bounded all the same. */
const MAX_EXPORT_ROWS = 20_000;

/** Reading works: the public list and map, a work's page with its timeline, the open-data rows. */
@Injectable()
export class WorkQueryService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: WorkListQuery): Promise<WorkPage> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const { where, params } = await this.filter(query);
    const [{ total }]: Array<{ total: number }> = await this.dataSource.query(`SELECT count(*)::int AS total FROM works w WHERE ${where}`, params);
    const rows: WorkRow[] = await this.dataSource.query(
      `SELECT ${WORK_COLUMNS} FROM ${WORK_FROM} WHERE ${where}
       ORDER BY array_position(ARRAY['en_travaux','programme','a_l_etude','termine','abandonne'], w.status), w.planned_start_on NULLS LAST, w.title, w.id
       LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      params,
    );
    return { items: rows.map(toWorkSummary), total, page, pageSize };
  }

  /** Every work the filters select (open data, map), in a stable order. */
  async all(query: WorkListQuery): Promise<Array<WorkSummary & { description: string }>> {
    const { where, params } = await this.filter(query);
    const rows: WorkRow[] = await this.dataSource.query(
      `SELECT ${WORK_COLUMNS} FROM ${WORK_FROM} WHERE ${where} ORDER BY t.name, w.title, w.id LIMIT ${MAX_EXPORT_ROWS}`,
      params,
    );
    return rows.map((row) => ({ ...toWorkSummary(row), description: row.description }));
  }

  async row(id: string, manager: EntityManager = this.dataSource.manager): Promise<WorkRow> {
    if (!isUuid(id)) throw workErrors.workNotFound();
    const [row]: WorkRow[] = await manager.query(`SELECT ${WORK_COLUMNS} FROM ${WORK_FROM} WHERE w.id = $1`, [id]);
    if (!row) throw workErrors.workNotFound();
    return row;
  }

  async detail(id: string, viewerId: string | null, manager: EntityManager = this.dataSource.manager): Promise<WorkDetail> {
    const row = await this.row(id, manager);
    const children: WorkRow[] = await manager.query(`SELECT ${WORK_COLUMNS} FROM ${WORK_FROM} WHERE w.parent_id = $1 ORDER BY w.planned_start_on NULLS LAST, w.title`, [id]);
    const [parent]: Array<{ id: string; title: string }> = row.parent_id ? await manager.query(`SELECT id, title FROM works WHERE id = $1`, [row.parent_id]) : [];
    const [follow]: Array<{ followers: number; following: boolean | null }> = await manager.query(
      `WITH followers AS (${workFollowersSql('$1')})
       SELECT (SELECT count(*)::int FROM followers) AS followers,
              EXISTS (SELECT 1 FROM followers WHERE account_id = $2::uuid) AS following`,
      [id, viewerId],
    );
    return {
      ...toWorkSummary(row),
      description: row.description,
      parent: parent ?? null,
      children: children.map(toWorkSummary),
      timeline: await this.timeline(id, manager),
      followers: follow.followers,
      following: viewerId ? !!follow.following : null,
    };
  }

  async timeline(workId: string, manager: EntityManager = this.dataSource.manager): Promise<TimelineEntry[]> {
    const rows: TimelineRow[] = await manager.query(
      `SELECT e.id, to_char(e.occurred_on, 'YYYY-MM-DD') AS occurred_on, e.text, e.status, e.progress, e.created_at,
              (SELECT json_agg(json_build_object('id', p.id, 'kind', p.kind, 'alt', p.alt) ORDER BY p.created_at) FROM work_photos p WHERE p.entry_id = e.id) AS photos
       FROM work_timeline_entries e WHERE e.work_id = $1 ORDER BY e.occurred_on DESC, e.created_at DESC`,
      [workId],
    );
    return rows.map(toTimelineEntry);
  }

  async entry(entryId: string, manager: EntityManager = this.dataSource.manager): Promise<TimelineEntry> {
    const [row]: TimelineRow[] = await manager.query(
      `SELECT e.id, to_char(e.occurred_on, 'YYYY-MM-DD') AS occurred_on, e.text, e.status, e.progress, e.created_at,
              (SELECT json_agg(json_build_object('id', p.id, 'kind', p.kind, 'alt', p.alt) ORDER BY p.created_at) FROM work_photos p WHERE p.entry_id = e.id) AS photos
       FROM work_timeline_entries e WHERE e.id = $1`,
      [entryId],
    );
    if (!row) throw workErrors.entryNotFound();
    return toTimelineEntry(row);
  }

  /** The works of a territory and every territory under it (a commune lists its quartiers' works). */
  private async filter(query: WorkListQuery): Promise<{ where: string; params: unknown[] }> {
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (query.territoryId) {
      const [exists]: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM territories WHERE id = $1`, [query.territoryId]);
      if (!exists) throw workErrors.territoryNotFound();
      params.push(query.territoryId);
      clauses.push(
        `w.territory_id IN (WITH RECURSIVE below AS (SELECT id, 0 AS depth FROM territories WHERE id = $${params.length}
           UNION ALL SELECT c.id, b.depth + 1 FROM territories c JOIN below b ON c.parent_id = b.id WHERE b.depth < 20) SELECT id FROM below)`,
      );
    }
    if (query.status) {
      params.push(query.status);
      clauses.push(`w.status = $${params.length}`);
    }
    if (query.category) {
      params.push(query.category);
      clauses.push(`w.category = $${params.length}`);
    }
    if (query.topLevelOnly) clauses.push(`w.parent_id IS NULL`);
    return { where: clauses.length ? clauses.join(' AND ') : 'true', params };
  }
}
