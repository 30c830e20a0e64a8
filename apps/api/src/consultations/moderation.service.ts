import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { HiddenConsultationText, HideTextRequest } from '@agora/contracts';

import { AuditService } from '../audit/audit.service';
import { ConclusionsService } from './conclusions.service';
import type { ConsultationEntity } from './consultation.entity';
import { consultationErrors } from './consultation.errors';
import { CONSULTATION_TEAM, ConsultationFinder } from './consultation.finder';
import { ResultsAnnouncer } from './results.announcer';

/**
 * Staff hide free texts that contain personal data (a name, a phone number): gone from the results,
 * the exports and, when already published, the open-data files, which are rebuilt. Audited, reversible.
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly finder: ConsultationFinder,
    private readonly audit: AuditService,
    private readonly announcer: ResultsAnnouncer,
    private readonly conclusions: ConclusionsService,
  ) {}

  /** Staff hide a free text containing personal data: gone from results and exports (audited, reversible). */
  async hideText(actorId: string, ref: string, body: HideTextRequest): Promise<void> {
    const consultation = await this.finder.findForTeam(ref, actorId, CONSULTATION_TEAM);
    const [responseId, questionId] = body.textId.split(':');
    if (questionId !== body.questionId) throw consultationErrors.textUnknown();
    const [row]: Array<{ answer: unknown }> = await this.dataSource.query(
      `SELECT answers -> $3 AS answer FROM consultation_responses WHERE consultation_id = $1 AND id::text = $2`,
      [consultation.id, responseId, questionId],
    );
    if (!row || !hasText(row.answer)) throw consultationErrors.textUnknown();
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO consultation_hidden_texts (consultation_id, text_id, question_id, reason, hidden_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING`,
        [consultation.id, body.textId, questionId, (body.reason ?? '').trim(), actorId],
      );
      await this.audit.record(
        {
          actorId,
          action: 'consultation.hide-text',
          objectType: 'consultation',
          objectId: consultation.id,
          territoryId: consultation.territoryId,
          after: { textId: body.textId, reason: body.reason ?? '' },
        },
        manager,
      );
    });
    await this.republish(consultation);
    this.announcer.announce(consultation.id);
  }

  /** The texts hidden so far, with the text itself, for the team to review (and restore). */
  async hiddenTexts(actorId: string, ref: string): Promise<HiddenConsultationText[]> {
    const consultation = await this.finder.findForTeam(ref, actorId, CONSULTATION_TEAM);
    const rows: Array<{
      text_id: string;
      question_id: string;
      answer: unknown;
      reason: string;
      hidden_at: Date;
      hidden_by: string | null;
    }> = await this.dataSource.query(
      `SELECT h.text_id, h.question_id, r.answers -> h.question_id AS answer, h.reason, h.hidden_at,
              a.display_name AS hidden_by
       FROM consultation_hidden_texts h
       JOIN consultation_responses r ON r.consultation_id = h.consultation_id AND r.id::text = split_part(h.text_id, ':', 1)
       LEFT JOIN accounts a ON a.id = h.hidden_by
       WHERE h.consultation_id = $1 ORDER BY h.hidden_at DESC, h.text_id`,
      [consultation.id],
    );
    return rows.map((row) => ({
      textId: row.text_id,
      questionId: row.question_id,
      text: textOf(row.answer),
      reason: row.reason,
      hiddenAt: row.hidden_at.toISOString(),
      hiddenBy: row.hidden_by,
    }));
  }

  async unhideText(actorId: string, ref: string, textId: string): Promise<void> {
    const consultation = await this.finder.findForTeam(ref, actorId, CONSULTATION_TEAM);
    await this.dataSource.transaction(async (manager) => {
      const removed: [unknown[], number] = await manager.query(
        `DELETE FROM consultation_hidden_texts WHERE consultation_id = $1 AND text_id = $2 RETURNING text_id`,
        [consultation.id, textId],
      );
      if (!removed[1]) throw consultationErrors.textUnknown();
      await this.audit.record(
        {
          actorId,
          action: 'consultation.unhide-text',
          objectType: 'consultation',
          objectId: consultation.id,
          territoryId: consultation.territoryId,
          after: { textId },
        },
        manager,
      );
    });
    await this.republish(consultation);
    this.announcer.announce(consultation.id);
  }

  /** Published files must not keep a text staff have just hidden (nor miss one they restored). */
  private async republish(consultation: ConsultationEntity): Promise<void> {
    if (!consultation.conclusionsPublishedAt) return;
    await this.dataSource.transaction((manager) => this.conclusions.storeOpenData(manager, consultation));
  }
}

function textOf(answer: unknown): string {
  if (typeof answer === 'string') return answer;
  const other = (answer as { other?: unknown } | null)?.other;
  return typeof other === 'string' ? other : '';
}

/** A free text: a text answer, or the "Autre" text of a choice. */
function hasText(answer: unknown): boolean {
  if (typeof answer === 'string') return answer.length > 0;
  return (
    typeof answer === 'object' && answer !== null && typeof (answer as { other?: unknown }).other === 'string'
  );
}
