import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { demoProjectPlace } from '../../budgets/demo/demo-budget.step';
import { DemoSeed, DemoSeedContext, DemoSeedStep } from '../../demo/demo-seed.step';
import { ProcessPhaseEntity } from '../../processes/process-phase.entity';
import { ProcessEntity } from '../../processes/process.entity';
import {
  DEMO_IDEA_BOX,
  DEMO_IDEA_BOX_COMMUNE,
  DEMO_IDEA_BOX_SLUG,
  DEMO_IDEA_RESIDENTS,
  DEMO_IDEAS,
  DemoIdeaSpec,
} from './demo-ideas.data';

const DAY = 24 * 3600 * 1000;

/** `Léa Moreau` → `lea.moreau.idees@demo.agora.test` (reserved `.test` domain: no mail leaves). */
export const demoResidentEmail = (name: string) =>
  `${name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')}.idees@demo.agora.test`;

/**
 * The demo idea box of Beaulieu-sur-Lierre, open for ideas: forty ideas and shop wishes by twelve demo
 * residents (who cannot sign in), with supports, a few comments, and the staff's answers in each
 * status. Left as it is when its slug exists, so a second start changes nothing.
 */
@Injectable()
@DemoSeed()
export class DemoIdeasStep implements DemoSeedStep {
  readonly name = 'ideas';
  readonly order = 110;

  async run({ manager, territories, accountIds }: DemoSeedContext): Promise<void> {
    const communeId = territories.get(DEMO_IDEA_BOX_COMMUNE);
    const staffId = accountIds.get('staff');
    if (!communeId || !staffId)
      throw new Error('Demo commune or staff account missing: the territories and accounts steps must run first');
    const [exists] = await manager.query(`SELECT 1 FROM processes WHERE slug = $1`, [DEMO_IDEA_BOX_SLUG]);
    if (exists) return;

    const now = Date.now();
    const process = await manager.save(
      manager.create(ProcessEntity, {
        territoryId: communeId,
        kind: 'ideas',
        slug: DEMO_IDEA_BOX_SLUG,
        title: DEMO_IDEA_BOX.title,
        summary: DEMO_IDEA_BOX.summary,
        descriptionHtml: DEMO_IDEA_BOX.descriptionHtml,
        imagePath: null,
        phase: 'proposals',
        createdBy: accountIds.get('official') ?? null,
      }),
    );
    const closesAt = new Date(now + 60 * DAY);
    await manager.insert(ProcessPhaseEntity, [
      { processId: process.id, phase: 'proposals', startsAt: new Date(now - 30 * DAY), endsAt: closesAt },
      { processId: process.id, phase: 'follow_up', startsAt: closesAt, endsAt: null },
    ]);
    await manager.query(`INSERT INTO idea_boxes (process_id, theme, categories) VALUES ($1, $2, $3)`, [
      process.id,
      DEMO_IDEA_BOX.theme,
      DEMO_IDEA_BOX.categories,
    ]);

    const residents = await this.residents(manager, territories);
    for (const [index, idea] of DEMO_IDEAS.entries()) {
      const authorId = residents[index % residents.length];
      const publishedAt = new Date(now - (29 - (index % 28)) * DAY);
      const ideaId = await this.insertIdea(manager, process.id, communeId, territories, idea, authorId, publishedAt);
      for (let s = 0; s < Math.min(idea.supports, residents.length); s++) {
        const supporter = residents[(index + 1 + s) % residents.length];
        await manager.query(
          `INSERT INTO proposal_supports (proposal_id, account_id, created_at) VALUES ($1, $2, $3)
           ON CONFLICT (proposal_id, account_id) DO NOTHING`,
          [ideaId, supporter, new Date(publishedAt.getTime() + (s + 1) * 3600 * 1000)],
        );
      }
      for (const [c, body] of (idea.comments ?? []).entries()) {
        await manager.query(
          `INSERT INTO proposal_comments (proposal_id, depth, author_id, body, created_at) VALUES ($1, 0, $2, $3, $4)`,
          [ideaId, residents[(index + 3 + c) % residents.length], body, new Date(publishedAt.getTime() + (c + 2) * DAY)],
        );
      }
      if (idea.answer) {
        await manager.query(
          `UPDATE proposals SET answer = $2, answer_reason = $3, answered_at = $4, answered_by = $5 WHERE id = $1`,
          [ideaId, idea.answer.answer, idea.answer.reason, new Date(publishedAt.getTime() + 5 * DAY), staffId],
        );
      }
    }
  }

  /** The twelve demo residents, created once (no password: they exist to give the ideas authors). */
  private async residents(manager: EntityManager, territories: Map<string, string>): Promise<string[]> {
    const homes = ['beaulieu-les-tilleuls', 'beaulieu-le-moulin', 'beaulieu-les-coteaux', 'beaulieu-la-gare'];
    const ids: string[] = [];
    for (const [index, name] of DEMO_IDEA_RESIDENTS.entries()) {
      const email = demoResidentEmail(name);
      let [row]: Array<{ id: string }> = await manager.query(`SELECT id FROM accounts WHERE lower(email) = $1`, [email]);
      if (!row) {
        [row] = await manager.query(
          `INSERT INTO accounts (email, password_hash, display_name, locale, email_verified_at, home_territory_id)
           VALUES ($1, NULL, $2, 'fr', now(), $3) RETURNING id`,
          [email, name, territories.get(homes[index % homes.length]) ?? null],
        );
      }
      ids.push(row.id);
    }
    return ids;
  }

  private async insertIdea(
    manager: EntityManager,
    processId: string,
    communeId: string,
    territories: Map<string, string>,
    idea: DemoIdeaSpec,
    authorId: string,
    publishedAt: Date,
  ): Promise<string> {
    const territoryId = idea.quartierSlug ? territories.get(idea.quartierSlug) : communeId;
    if (!territoryId) throw new Error(`Demo quartier ${idea.quartierSlug} missing`);
    const place = idea.toward && idea.quartierSlug ? demoProjectPlace({ quartierSlug: idea.quartierSlug, toward: idea.toward }) : null;
    const [row]: Array<{ id: string }> = await manager.query(
      `INSERT INTO proposals (process_id, author_id, territory_id, kind, shop_type, title, description, description_format,
                              category, lat, lng, address, status, published_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'text', $8, $9, $10, $11, 'published', $12, $12) RETURNING id`,
      [
        processId,
        authorId,
        territoryId,
        idea.shopType ? 'shop' : 'idea',
        idea.shopType ?? null,
        idea.title,
        idea.description,
        idea.category,
        place?.lat ?? null,
        place?.lng ?? null,
        idea.address ?? null,
        publishedAt,
      ],
    );
    return row.id;
  }
}
