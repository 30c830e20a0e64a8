import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type { AuditEntry, Page } from '@agora/contracts';

/** What happened: `actorId` did `action` (e.g. `territory.update`) on an object, with its state before and after. */
export interface AuditRecord {
  actorId: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  /** The territory the object belongs to: admins read the log of their territory and its descendants. */
  territoryId: string | null;
  before?: unknown;
  after?: unknown;
}

interface AuditRow {
  id: string;
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  territory_id: string | null;
  before: unknown;
  after: unknown;
}

export const AUDIT_DEFAULT_PAGE_SIZE = 50;

/**
 * Appends to the audit log. Pass the EntityManager of the transaction that makes the change, so
 * that the change and its entry commit (or roll back) together.
 */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async record(entry: AuditRecord, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).query(
      `INSERT INTO audit_entries (actor_id, action, object_type, object_id, territory_id, before, after)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)`,
      [
        entry.actorId,
        entry.action,
        entry.objectType,
        entry.objectId,
        entry.territoryId,
        entry.before === undefined ? null : JSON.stringify(entry.before),
        entry.after === undefined ? null : JSON.stringify(entry.after),
      ],
    );
  }

  /** Entries about the territory and all its descendants, newest first. */
  async list(territoryId: string, page = 1, pageSize = AUDIT_DEFAULT_PAGE_SIZE): Promise<Page<AuditEntry>> {
    const subtree = `
      WITH RECURSIVE subtree AS (
        SELECT id FROM territories WHERE id = $1
        UNION
        SELECT t.id FROM territories t JOIN subtree s ON t.parent_id = s.id
      )`;
    const [{ total }]: Array<{ total: string }> = await this.dataSource.query(
      `${subtree} SELECT count(*)::text AS total FROM audit_entries WHERE territory_id IN (SELECT id FROM subtree)`,
      [territoryId],
    );
    const rows: AuditRow[] = await this.dataSource.query(
      `${subtree}
       SELECT e.id::text AS id, e.at, e.actor_id, a.display_name AS actor_name, e.action, e.object_type, e.object_id,
              e.territory_id, e.before, e.after
       FROM audit_entries e LEFT JOIN accounts a ON a.id = e.actor_id
       WHERE e.territory_id IN (SELECT id FROM subtree)
       ORDER BY e.id DESC
       LIMIT $2 OFFSET $3`,
      [territoryId, pageSize, (page - 1) * pageSize],
    );
    return {
      items: rows.map((row) => ({
        id: row.id,
        at: row.at.toISOString(),
        actorId: row.actor_id,
        actorName: row.actor_name,
        action: row.action,
        objectType: row.object_type,
        objectId: row.object_id,
        territoryId: row.territory_id,
        before: row.before,
        after: row.after,
      })),
      total: Number(total),
      page,
      pageSize,
    };
  }
}
