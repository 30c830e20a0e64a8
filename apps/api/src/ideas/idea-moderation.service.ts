import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { HiddenIdeaContent } from '@agora/contracts';

import { excerptOf } from '../proposals/proposal-description.rule';
import { ProposalStaffPolicy } from '../proposals/proposal-staff.policy';
import { IdeaBoxesService } from './idea-boxes.service';

interface HiddenRow {
  target: 'idea' | 'comment';
  id: string;
  idea_id: string;
  idea_title: string;
  text: string;
  format: 'text' | 'html';
  reason: string;
  hidden_at: Date;
  territory_id: string;
}

/**
 * The moderators' second look: what was hidden in an idea box, newest first, so a hide made by
 * mistake (or after a report that proved unfounded) can be undone. Limited to the territories where
 * the caller is staff, as the reports queue is.
 */
@Injectable()
export class IdeaModerationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly boxes: IdeaBoxesService,
    private readonly staff: ProposalStaffPolicy,
  ) {}

  async hidden(boxId: string, actorId: string): Promise<HiddenIdeaContent[]> {
    const box = await this.boxes.findVisible(boxId, actorId);
    const rows: HiddenRow[] = await this.dataSource.query(
      `SELECT 'idea' AS target, p.id, p.id AS idea_id, p.title AS idea_title, p.description AS text, p.description_format AS format,
              p.hidden_reason AS reason, p.hidden_at, p.territory_id
       FROM proposals p WHERE p.process_id = $1 AND p.hidden_at IS NOT NULL
       UNION ALL
       SELECT 'comment', c.id, p.id, p.title, c.body, 'text', c.hidden_reason, c.hidden_at, p.territory_id
       FROM proposal_comments c JOIN proposals p ON p.id = c.proposal_id
       WHERE p.process_id = $1 AND c.hidden_at IS NOT NULL
       ORDER BY hidden_at DESC, id
       LIMIT 500`,
      [box.id],
    );
    const allowed = new Map<string, boolean>();
    for (const territoryId of new Set(rows.map((row) => row.territory_id))) {
      allowed.set(territoryId, await this.staff.isStaffOf(actorId, territoryId));
    }
    return rows
      .filter((row) => allowed.get(row.territory_id))
      .map((row) => ({
        target: row.target,
        id: row.id,
        ideaId: row.idea_id,
        ideaTitle: row.idea_title,
        excerpt: excerptOf(row.text, row.format),
        reason: row.reason,
        hiddenAt: new Date(row.hidden_at).toISOString(),
      }));
  }
}
