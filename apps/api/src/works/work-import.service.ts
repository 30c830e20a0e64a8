import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { CreateWorkRequest, UpdateWorkRequest, WorkImportReport } from '@agora/contracts';

import { AuditService } from '../audit/audit.service';
import { DomainError } from '../errors/domain.error';
import { headerProblems, parseCsv, readWorkRow } from './work-csv.rule';
import { WorkFollowService } from './work-follow.service';
import { WORK_EXPORT_ONLY_COLUMNS } from './work-open-data.rule';
import { WorkTerritoryService } from './work-territory.service';
import { workErrors } from './work.errors';
import { WorksService } from './works.service';

/** A works list of a whole commune fits in far less; a bigger file is a mistake (or an attack). */
export const WORK_CSV_MAX_BYTES = 2 * 1024 * 1024;

/**
 * Bulk create and update from CSV. Every row is checked exactly as the JSON routes check a body; a
 * bad row is reported with its line and reason, the good ones are written in one transaction, each
 * behind a savepoint, so a row is written whole or not at all.
 */
@Injectable()
export class WorkImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly territories: WorkTerritoryService,
    private readonly works: WorksService,
    private readonly follows: WorkFollowService,
    private readonly audit: AuditService,
  ) {}

  async import(actorId: string, communeId: string, body: AsyncIterable<Buffer | string>, declaredBytes: number | null): Promise<WorkImportReport> {
    if (declaredBytes !== null && declaredBytes > WORK_CSV_MAX_BYTES) throw workErrors.csvTooLarge(WORK_CSV_MAX_BYTES / 1024 / 1024);
    const text = await readBody(body);
    if (text.trim() === '') throw workErrors.csvEmpty();
    const { header, rows } = parseCsv(text);
    const { missing, unknown } = headerProblems(header, WORK_EXPORT_ONLY_COLUMNS);
    if (missing.length || unknown.length) throw workErrors.csvColumns(missing, unknown);

    const report: WorkImportReport = { created: 0, updated: 0, rejected: [] };
    const entryIds: string[] = [];
    await this.dataSource.transaction(async (manager) => {
      const commune = await this.territories.resolve(communeId, manager);
      if (commune.kind !== 'commune') throw workErrors.wrongTerritory();
      await this.territories.assertStaff(actorId, commune.id, manager);
      for (const row of rows) {
        const read = readWorkRow(header, row);
        if (!read.ok) {
          report.rejected.push({ line: row.line, reason: read.reason });
          continue;
        }
        await manager.query('SAVEPOINT work_row');
        try {
          if (read.id) {
            const [work]: Array<{ commune_id: string }> = await manager.query(`SELECT commune_id FROM works WHERE id = $1`, [read.id]);
            if (!work || work.commune_id !== commune.id) throw workErrors.workNotFound();
            entryIds.push(...(await this.works.apply(manager, actorId, read.id, read.body as UpdateWorkRequest)).entryIds);
            report.updated++;
          } else {
            const create = read.body as CreateWorkRequest;
            const territory = await this.territories.resolve(create.territoryId, manager);
            if (territory.communeId !== commune.id) throw workErrors.wrongTerritory();
            entryIds.push(...(await this.works.insert(manager, actorId, create, { kind: 'planned' })).entryIds);
            report.created++;
          }
          await manager.query('RELEASE SAVEPOINT work_row');
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          await manager.query('ROLLBACK TO SAVEPOINT work_row');
          report.rejected.push({ line: row.line, reason: error.text });
        }
      }
      await this.audit.record({ actorId, action: 'work.import', objectType: 'territory', objectId: commune.id, territoryId: commune.id, after: { created: report.created, updated: report.updated, rejected: report.rejected.length } }, manager);
    });
    await this.follows.announce(entryIds);
    return report;
  }
}

async function readBody(body: AsyncIterable<Buffer | string>): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > WORK_CSV_MAX_BYTES) throw workErrors.csvTooLarge(WORK_CSV_MAX_BYTES / 1024 / 1024);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
