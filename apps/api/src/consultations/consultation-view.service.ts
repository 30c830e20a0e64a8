import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';

import type {
  ConsultationDetail,
  ConsultationListQuery,
  ConsultationOpenDataFile,
  ConsultationQuartier,
  ConsultationSummary,
  MyConsultationParticipation,
  StaffConsultationDetail,
} from '@agora/contracts';
import type { ConsultationDefinition } from '@agora/consultation-rules';

import type { Principal } from '../access/principal';
import { answerRefusal } from './answerability.rule';
import { ConsultationEntity } from './consultation.entity';
import { CONSULTATION_OWNERS, CONSULTATION_TEAM, ConsultationFinder } from './consultation.finder';
import { isClosed, toDetail, toSummary } from './consultation.mapper';
import { resultsHiddenReason } from './results-visibility.rule';

/** What residents and the team read about consultations: lists, pages, and the person's own situation. */
@Injectable()
export class ConsultationViewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly finder: ConsultationFinder,
  ) {}

  /** Published and closed consultations, newest first; within a territory and its quartiers when asked. */
  async list(query: ConsultationListQuery): Promise<ConsultationSummary[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `WITH RECURSIVE subtree AS (
         SELECT id FROM territories WHERE id = $1
         UNION SELECT t.id FROM territories t JOIN subtree s ON t.parent_id = s.id
       )
       SELECT c.id FROM consultations c
       WHERE c.status <> 'draft' AND ($1::uuid IS NULL OR c.territory_id IN (SELECT id FROM subtree))
       ORDER BY coalesce(c.published_at, c.created_at) DESC, c.id`,
      [query.territoryId ?? null],
    );
    const summaries = await this.summaries(rows.map((r) => r.id));
    return query.status ? summaries.filter((s) => s.status === query.status) : summaries;
  }

  /** The consultations of every territory where the account is on the team, drafts included. */
  async staffList(accountId: string, territoryId?: string): Promise<ConsultationSummary[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT c.id FROM consultations c
       WHERE ($3::uuid IS NULL OR c.territory_id = $3)
         AND EXISTS (
           WITH RECURSIVE chain AS (
             SELECT t.id, t.parent_id FROM territories t WHERE t.id = c.territory_id
             UNION SELECT t.id, t.parent_id FROM territories t JOIN chain ch ON t.id = ch.parent_id
           )
           SELECT 1 FROM role_assignments ra JOIN chain ON ra.territory_id = chain.id
           WHERE ra.account_id = $1 AND ra.role = ANY($2::text[]))
       ORDER BY c.updated_at DESC, c.id`,
      [accountId, CONSULTATION_TEAM, territoryId ?? null],
    );
    return this.summaries(rows.map((r) => r.id));
  }

  private async summaries(ids: string[]): Promise<ConsultationSummary[]> {
    if (!ids.length) return [];
    const [entities, facts] = await Promise.all([
      this.dataSource.manager.find(ConsultationEntity, { where: { id: In(ids) } }),
      this.dataSource.query(
        `SELECT c.id, t.name AS territory_name, (SELECT count(*)::int FROM consultation_participations p WHERE p.consultation_id = c.id) AS respondents
         FROM consultations c JOIN territories t ON t.id = c.territory_id WHERE c.id = ANY($1::uuid[])`,
        [ids],
      ) as Promise<Array<{ id: string; territory_name: string; respondents: number }>>,
    ]);
    const byId = new Map(entities.map((e) => [e.id, e]));
    const factsById = new Map(facts.map((f) => [f.id, f]));
    const now = new Date();
    return ids.map((id) =>
      toSummary(byId.get(id)!, factsById.get(id)!.territory_name, factsById.get(id)!.respondents, now),
    );
  }

  /** The public page (or the team's view of a draft), with the viewer's own situation when signed in. */
  async detail(
    consultation: ConsultationEntity,
    principal: Principal | null,
    asTeam = false,
  ): Promise<ConsultationDetail<ConsultationDefinition>> {
    const viewerId = principal?.accountId ?? null;
    const team = asTeam || (await this.finder.isTeam(viewerId, consultation));
    const now = new Date();
    const [facts, files, me] = await Promise.all([
      this.facts(consultation),
      this.openDataFiles(consultation.id, consultation.conclusionsPublishedAt !== null),
      principal ? this.me(consultation, principal) : Promise.resolve(null),
    ]);
    return toDetail(
      consultation,
      {
        ...facts,
        team,
        files,
        me,
        resultsAvailable:
          consultation.status !== 'draft' &&
          !resultsHiddenReason(consultation.resultsVisibility, isClosed(consultation, now), team),
      },
      now,
    );
  }

  async staffDetail(
    consultation: ConsultationEntity,
    accountId: string,
  ): Promise<StaffConsultationDetail<ConsultationDefinition>> {
    const [detail, counts, canPublish] = await Promise.all([
      this.detail(consultation, null, true),
      this.dataSource.query(
        `SELECT (SELECT count(*)::int FROM consultation_participations WHERE consultation_id = $1 AND channel = 'online') AS online,
                (SELECT count(*)::int FROM consultation_participations WHERE consultation_id = $1 AND channel = 'counter') AS counter,
                (SELECT count(*)::int FROM consultation_drafts WHERE consultation_id = $1) AS drafts,
                (SELECT count(*)::int FROM consultation_hidden_texts WHERE consultation_id = $1) AS hidden`,
        [consultation.id],
      ) as Promise<Array<{ online: number; counter: number; drafts: number; hidden: number }>>,
      this.finder.isTeam(accountId, consultation, undefined, CONSULTATION_OWNERS),
    ]);
    const [count] = counts;
    return {
      ...detail,
      participation: { online: count.online, counter: count.counter, drafts: count.drafts },
      canPublish,
      hiddenTexts: count.hidden,
    };
  }

  /** Whether the person may answer now, why not, and their draft. */
  async me(
    consultation: ConsultationEntity,
    principal: Principal,
    manager?: EntityManager,
  ): Promise<MyConsultationParticipation> {
    const [row]: Array<{
      answered: boolean;
      draft: Record<string, unknown> | null;
      saved_at: Date | null;
      chain: string[] | null;
    }> = await (manager ?? this.dataSource.manager).query(
      `SELECT EXISTS (SELECT 1 FROM consultation_participations WHERE consultation_id = $1 AND account_id = $2) AS answered,
              d.answers AS draft, d.saved_at,
              (WITH RECURSIVE chain AS (
                 SELECT t.id, t.parent_id FROM territories t WHERE t.id = a.home_territory_id
                 UNION SELECT t.id, t.parent_id FROM territories t JOIN chain c ON t.id = c.parent_id
               ) SELECT array_agg(id) FROM chain) AS chain
       FROM accounts a LEFT JOIN consultation_drafts d ON d.consultation_id = $1 AND d.account_id = a.id
       WHERE a.id = $2`,
      [consultation.id, principal.accountId],
    );
    const reason = answerRefusal(
      consultation,
      consultation,
      {
        emailVerified: principal.emailVerified,
        homeTerritoryChain: row?.chain ?? [],
        alreadyAnswered: !!row?.answered,
      },
      new Date(),
    );
    return {
      canAnswer: reason === null,
      reason,
      answered: !!row?.answered,
      draft: row?.answered ? null : (row?.draft ?? null),
      draftSavedAt: row?.answered || !row?.saved_at ? null : row.saved_at.toISOString(),
    };
  }

  private async facts(
    consultation: ConsultationEntity,
  ): Promise<{ territoryName: string; respondents: number; quartiers: ConsultationQuartier[] }> {
    const [row]: Array<{
      territory_name: string;
      respondents: number;
      quartiers: ConsultationQuartier[] | null;
    }> = await this.dataSource.query(
      `SELECT t.name AS territory_name,
              (SELECT count(*)::int FROM consultation_participations WHERE consultation_id = $1) AS respondents,
              (SELECT json_agg(json_build_object('id', q.id, 'name', q.name) ORDER BY q.name) FROM territories q WHERE q.id = ANY($3::uuid[])) AS quartiers
       FROM territories t WHERE t.id = $2`,
      [consultation.id, consultation.territoryId, consultation.quartierIds],
    );
    return {
      territoryName: row.territory_name,
      respondents: row.respondents,
      quartiers: row.quartiers ?? [],
    };
  }

  /** How many people answered (online and at the counter). */
  async respondentsOf(consultationId: string): Promise<number> {
    const [row]: Array<{ count: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM consultation_participations WHERE consultation_id = $1`,
      [consultationId],
    );
    return row.count;
  }

  /** The published open-data files (the team downloads exports before publication from its own routes). */
  async openDataFiles(consultationId: string, published: boolean): Promise<ConsultationOpenDataFile[]> {
    if (!published) return [];
    const rows: Array<{
      kind: ConsultationOpenDataFile['kind'];
      filename: string;
      sha256: string;
      bytes: number;
    }> = await this.dataSource.query(
      `SELECT kind, filename, sha256, bytes FROM consultation_open_data WHERE consultation_id = $1 ORDER BY kind`,
      [consultationId],
    );
    return rows.map((row) => ({
      ...row,
      url: `/api/consultations/${consultationId}/open-data/${row.filename}`,
    }));
  }
}
