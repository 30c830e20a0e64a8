import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { FILE_STORAGE } from '../uploads/file-storage';
import type { FileStorage } from '../uploads/file-storage';
import { consultationErrors } from './consultation.errors';
import { ConsultationFinder } from './consultation.finder';
import { ConsultationResultsService } from './results.service';
import { ConsultationExportsService, type ExportFile, type ExportKind } from './consultation-exports.service';

const CONTENT_TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};

/** The published open-data files (public) and the team's exports before publication. */
@Injectable()
export class OpenDataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly finder: ConsultationFinder,
    private readonly exports: ConsultationExportsService,
    private readonly results: ConsultationResultsService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  /** A published file, exactly as published (its SHA-256 is the one shown on the page). */
  async read(
    consultationId: string,
    filename: string,
  ): Promise<{ filename: string; contentType: string; content: Buffer; sha256: string }> {
    const [row]: Array<{ storage_key: string; sha256: string }> = await this.dataSource.query(
      `SELECT o.storage_key, o.sha256 FROM consultation_open_data o JOIN consultations c ON c.id = o.consultation_id
       WHERE o.consultation_id = $1 AND o.filename = $2 AND c.conclusions_published_at IS NOT NULL`,
      [consultationId, filename],
    );
    const content = row ? await this.storage.get(row.storage_key) : null;
    if (!row || !content) throw consultationErrors.fileNotFound();
    return {
      filename,
      contentType: CONTENT_TYPES[filename.split('.').pop() ?? ''] ?? 'application/octet-stream',
      content,
      sha256: row.sha256,
    };
  }

  /** The team's export, built from the current answers (before or after publication). */
  async export(actorId: string, ref: string, kind: ExportKind): Promise<ExportFile> {
    return this.exports.build(await this.exportable(actorId, ref), kind);
  }

  /** Refuses (403/404/409) whoever may not export this consultation now; the link is made only after. */
  async exportable(actorId: string, ref: string) {
    await this.finder.findForTeam(ref, actorId);
    // The answers are the results: an export follows the same visibility rules (after_close: not before).
    return this.results.visibleTo(ref, {
      accountId: actorId,
      sessionId: '',
      emailVerified: true,
    });
  }
}
