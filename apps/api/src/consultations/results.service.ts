import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type {
  ConsultationQuartier,
  ConsultationResultsPage,
  ConsultationResultsQuery,
} from '@agora/contracts';
import {
  aggregateResults,
  type ConsultationResults,
  type PageRequest,
  type ResponseRecord,
} from '@agora/consultation-rules';

import type { Principal } from '../access/principal';
import type { ConsultationEntity } from './consultation.entity';
import { consultationErrors } from './consultation.errors';
import { ConsultationFinder } from './consultation.finder';
import { isClosed } from './consultation.mapper';
import { ResultsCache } from './results.cache';
import { resultsHiddenReason } from './results-visibility.rule';

const DEFAULT_TEXT_LIMIT = 20;

/** A submitted response as the results and exports read it. */
export interface StoredResponse {
  id: string;
  answers: Record<string, unknown>;
  quartierId: string | null;
  quartierName: string | null;
  submittedOn: string;
}

/** Live and final results, filtered by quartier, with free texts paged and the ones staff hid left out. */
@Injectable()
export class ConsultationResultsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly finder: ConsultationFinder,
    private readonly cache: ResultsCache<ConsultationResults>,
  ) {}

  /** The consultation, if its results are visible to this viewer now (403 with the reason otherwise). */
  async visibleTo(ref: string, principal: Principal | null): Promise<ConsultationEntity> {
    const consultation = await this.finder.findVisible(ref, principal?.accountId ?? null);
    const team = await this.finder.isTeam(principal?.accountId ?? null, consultation);
    if (consultation.status === 'draft') {
      throw consultationErrors.resultsHidden({
        fr: 'Cette consultation n’est pas publiée.',
        en: 'This consultation is not published.',
      });
    }
    const hidden = resultsHiddenReason(
      consultation.resultsVisibility,
      isClosed(consultation, new Date()),
      team,
    );
    if (hidden) throw consultationErrors.resultsHidden(hidden);
    return consultation;
  }

  async results(
    ref: string,
    principal: Principal | null,
    query: ConsultationResultsQuery,
  ): Promise<ConsultationResultsPage<ConsultationResults>> {
    const consultation = await this.visibleTo(ref, principal);
    const quartiers = await this.quartiersOf(consultation.territoryId);
    if (query.quartierId && !quartiers.some((q) => q.id === query.quartierId))
      throw consultationErrors.quartierFilterUnknown();
    const limit = query.textLimit ? Number(query.textLimit) : DEFAULT_TEXT_LIMIT;
    const textPages = textPagesOf(query.textOffset ?? [], limit);
    const quartierId = query.quartierId ?? null;
    const [stored, hiddenTextIds] = await Promise.all([
      this.storedCount(consultation.id, quartierId),
      this.hiddenTextIds(consultation.id),
    ]);
    const key = JSON.stringify([
      consultation.id,
      quartierId,
      stored,
      consultation.definitionVersion,
      [...hiddenTextIds].sort(),
      limit,
      Object.entries(textPages).sort(([a], [b]) => a.localeCompare(b)),
    ]);
    let results = this.cache.get(key);
    if (!results) {
      const responses = await this.responses(consultation.id, quartierId);
      results = aggregateResults(consultation.definition, responses.map(toRecord), {
        hiddenTextIds,
        textPage: { offset: 0, limit },
        textPages,
      });
      // Only when nothing arrived while reading: otherwise the key would name fewer answers than counted.
      if (responses.length === stored) this.cache.set(key, results);
    }
    return {
      consultationId: consultation.id,
      results,
      quartiers,
      quartierId: query.quartierId ?? null,
      final: isClosed(consultation, new Date()),
      computedAt: new Date().toISOString(),
    };
  }

  /** The number of stored responses (the cache's version: responses are never edited nor removed). */
  private async storedCount(consultationId: string, quartierId: string | null): Promise<number> {
    const [row]: Array<{ count: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM consultation_responses
       WHERE consultation_id = $1 AND ($2::uuid IS NULL OR quartier_id = $2)`,
      [consultationId, quartierId],
    );
    return row.count;
  }

  /** Every response, in the order of their random ids (never the order they came in). */
  async responses(
    consultationId: string,
    quartierId: string | null = null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<StoredResponse[]> {
    const rows: Array<{
      id: string;
      answers: Record<string, unknown>;
      quartier_id: string | null;
      quartier_name: string | null;
      submitted_on: string;
    }> = await manager.query(
      `SELECT r.id, r.answers, r.quartier_id, q.name AS quartier_name, to_char(r.submitted_on, 'YYYY-MM-DD') AS submitted_on
         FROM consultation_responses r LEFT JOIN territories q ON q.id = r.quartier_id
         WHERE r.consultation_id = $1 AND ($2::uuid IS NULL OR r.quartier_id = $2) ORDER BY r.id`,
      [consultationId, quartierId],
    );
    return rows.map((r) => ({
      id: r.id,
      answers: r.answers,
      quartierId: r.quartier_id,
      quartierName: r.quartier_name,
      submittedOn: r.submitted_on,
    }));
  }

  async hiddenTextIds(
    consultationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Set<string>> {
    const rows: Array<{ text_id: string }> = await manager.query(
      `SELECT text_id FROM consultation_hidden_texts WHERE consultation_id = $1`,
      [consultationId],
    );
    return new Set(rows.map((r) => r.text_id));
  }

  /** The quartiers of the territory (the results filters). */
  async quartiersOf(territoryId: string): Promise<ConsultationQuartier[]> {
    return this.dataSource.query(
      `WITH RECURSIVE subtree AS (
         SELECT id FROM territories WHERE id = $1
         UNION SELECT t.id FROM territories t JOIN subtree s ON t.parent_id = s.id
       )
       SELECT id, name FROM territories WHERE kind = 'quartier' AND id IN (SELECT id FROM subtree) ORDER BY name`,
      [territoryId],
    );
  }
}

export function toRecord(response: StoredResponse): ResponseRecord {
  return { id: response.id, answers: response.answers, submittedAt: response.submittedOn };
}

/** `questionId:offset` pairs of the query, each page `limit` long. */
function textPagesOf(pairs: string[], limit: number): Record<string, PageRequest> {
  const pages: Record<string, PageRequest> = {};
  for (const pair of pairs) {
    const match = /^([A-Za-z0-9_-]{1,100}):(\d{1,7})$/.exec(pair);
    if (!match) throw consultationErrors.textOffsetInvalid();
    pages[match[1]] = { offset: Number(match[2]), limit };
  }
  return pages;
}
