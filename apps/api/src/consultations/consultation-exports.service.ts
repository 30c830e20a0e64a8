import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { Workbook } from 'exceljs';
import type { EntityManager } from 'typeorm';

import type { ConsultationOpenDataFile } from '@agora/contracts';
import { aggregateResults, isQuestion } from '@agora/consultation-rules';

import { buildAnswersTable, toCsv, type AnswersTable } from './answers-table.builder';
import type { ConsultationEntity } from './consultation.entity';
import { ConsultationResultsService, toRecord } from './results.service';

export type ExportKind = ConsultationOpenDataFile['kind'];

/** A file ready to send or to publish. */
export interface ExportFile {
  kind: ExportKind;
  filename: string;
  contentType: string;
  content: Buffer;
  sha256: string;
}

const CONTENT_TYPES: Record<ExportKind, string> = {
  'answers-csv': 'text/csv; charset=utf-8',
  'answers-xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'results-json': 'application/json; charset=utf-8',
};

export const EXPORT_FILENAMES: Record<ExportKind, string> = {
  'answers-csv': 'reponses.csv',
  'answers-xlsx': 'reponses.xlsx',
  'results-json': 'resultats.json',
};

/** Every free text fits one page of the summary: the open data holds them all (hidden ones excepted). */
const ALL_TEXTS = { offset: 0, limit: 1_000_000 };

/**
 * The anonymised exports of a consultation: the answers as CSV and XLSX (no account, the day only,
 * rows in random-id order, hidden texts blank) and the results summary as JSON.
 */
@Injectable()
export class ConsultationExportsService {
  constructor(private readonly results: ConsultationResultsService) {}

  /** With `manager`, reads inside that transaction (publication, demo seed). */
  async build(
    consultation: ConsultationEntity,
    kind: ExportKind,
    manager?: EntityManager,
  ): Promise<ExportFile> {
    const responses = await this.results.responses(consultation.id, null, manager);
    const hidden = await this.results.hiddenTextIds(consultation.id, manager);
    let content: Buffer;
    if (kind === 'results-json') {
      const results = aggregateResults(consultation.definition, responses.map(toRecord), {
        hiddenTextIds: hidden,
        textPage: ALL_TEXTS,
      });
      const summary = {
        consultation: {
          id: consultation.id,
          slug: consultation.slug,
          title: consultation.title,
          anonymous: consultation.anonymous,
          closesAt: consultation.closesAt?.toISOString() ?? null,
        },
        questions: consultation.definition.questions
          .filter(isQuestion)
          .map((q) => ({ id: q.id, type: q.type, title: q.title })),
        results,
      };
      content = Buffer.from(JSON.stringify(summary, null, 2) + '\n', 'utf8');
    } else {
      const table = buildAnswersTable(consultation.definition, responses, hidden);
      content =
        kind === 'answers-csv' ? Buffer.from(toCsv(table), 'utf8') : await toXlsx(consultation, table);
    }
    return {
      kind,
      filename: EXPORT_FILENAMES[kind],
      contentType: CONTENT_TYPES[kind],
      content,
      sha256: createHash('sha256').update(content).digest('hex'),
    };
  }
}

async function toXlsx(consultation: ConsultationEntity, table: AnswersTable): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'Agora';
  const sheet = workbook.addWorksheet('Réponses', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  const about = workbook.addWorksheet('Consultation');
  about.addRow(['Titre', consultation.title]);
  about.addRow(['Adresse', consultation.slug]);
  about.addRow(['Réponses anonymes', consultation.anonymous ? 'oui' : 'non']);
  about.addRow(['Réponses', table.rows.length]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
