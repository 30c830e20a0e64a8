import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { WorkPlace } from '@agora/contracts';

import { demoProjectPlace } from '../../budgets/demo/demo-budget.step';
import { DemoSeed, DemoSeedContext, DemoSeedStep } from '../../demo/demo-seed.step';
import { WorkTerritoryService } from '../work-territory.service';
import { WorksService } from '../works.service';
import { DEMO_PRIORITISATION_QUARTIER, DEMO_PRIORITISATION_SLUG, DEMO_WORKS, DEMO_WORKS_COMMUNE, DemoWorkSpec } from './demo-works.data';

const DAY = 24 * 3600 * 1000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

/**
 * Demo works (after the budget step, whose published vote already made works of its funded
 * projects): 15 planned works in every status with their timelines, one parent with three children,
 * and an open prioritisation of Les Tilleuls' works. Idempotent: works by title, the process by slug.
 */
@Injectable()
@DemoSeed()
export class DemoWorksStep implements DemoSeedStep {
  readonly name = 'works';
  readonly order = 120;

  constructor(
    private readonly works: WorksService,
    private readonly territories: WorkTerritoryService,
  ) {}

  async run({ manager, territories, accountIds }: DemoSeedContext): Promise<void> {
    const staffId = accountIds.get('staff') ?? null;
    const ids = new Map<string, string>();
    for (const spec of DEMO_WORKS) {
      const quartierId = territories.get(spec.quartierSlug);
      if (!quartierId) throw new Error(`Demo quartier ${spec.quartierSlug} missing`);
      const [existing]: Array<{ id: string }> = await manager.query(`SELECT id FROM works WHERE title = $1 AND territory_id = $2`, [spec.title, quartierId]);
      ids.set(spec.title, existing?.id ?? (await this.create(manager, spec, quartierId, ids, staffId)));
    }
    await this.prioritisation(manager, territories, ids, accountIds.get('official') ?? staffId);
  }

  private async create(manager: EntityManager, spec: DemoWorkSpec, quartierId: string, ids: Map<string, string>, staffId: string | null): Promise<string> {
    const territory = await this.territories.resolve(quartierId, manager);
    const { workId } = await this.works.insert(
      manager,
      staffId,
      {
        territoryId: quartierId,
        title: spec.title,
        description: spec.description,
        category: spec.category,
        status: spec.status,
        statusReason: spec.statusReason ?? null,
        progress: spec.progress,
        estimatedCostCents: spec.costEuros ? spec.costEuros * 100 : null,
        estimatedDurationDays: spec.durationDays,
        plannedStartOn: day(spec.plannedStart),
        plannedEndOn: day(spec.plannedEnd),
        actualStartOn: spec.actualStart !== undefined ? day(spec.actualStart) : null,
        actualEndOn: spec.actualEnd !== undefined ? day(spec.actualEnd) : null,
        budgetLine: spec.budgetLine ?? null,
        amountSpentCents: spec.spentEuros !== undefined ? spec.spentEuros * 100 : null,
        parentId: spec.parent ? (ids.get(spec.parent) ?? null) : null,
        place: this.place(spec, territory),
      },
      { kind: 'planned' },
    );
    for (const [daysAgo, text] of spec.timeline) {
      await manager.query(`INSERT INTO work_timeline_entries (work_id, occurred_on, text, created_by) VALUES ($1, $2, $3, $4)`, [workId, day(-daysAgo), text, staffId]);
    }
    return workId;
  }

  /** A point inside the quartier, or a line between two such points when it stays inside. */
  private place(spec: DemoWorkSpec, territory: Awaited<ReturnType<WorkTerritoryService['resolve']>>): WorkPlace {
    const from = demoProjectPlace({ quartierSlug: spec.quartierSlug, toward: spec.toward });
    const point: WorkPlace = { type: 'Point', coordinates: [from.lng, from.lat] };
    if (!spec.line) return point;
    const to = demoProjectPlace({ quartierSlug: spec.quartierSlug, toward: spec.line });
    try {
      return this.territories.place({ type: 'LineString', coordinates: [[from.lng, from.lat], [to.lng, to.lat]] }, territory) ?? point;
    } catch {
      return point;
    }
  }

  /** Les Tilleuls' works open to residents' ranking (Borda), in the vote phase for three months. */
  private async prioritisation(manager: EntityManager, territories: Map<string, string>, ids: Map<string, string>, officialId: string | null): Promise<void> {
    const [exists] = await manager.query(`SELECT 1 FROM processes WHERE slug = $1`, [DEMO_PRIORITISATION_SLUG]);
    if (exists) return;
    const communeId = territories.get(DEMO_WORKS_COMMUNE);
    const quartierId = territories.get(DEMO_PRIORITISATION_QUARTIER);
    if (!communeId || !quartierId) throw new Error('Demo commune or quartier missing');
    const [process]: Array<{ id: string }> = await manager.query(
      `INSERT INTO processes (territory_id, kind, slug, title, summary, description_html, phase, created_by)
       VALUES ($1, 'prioritisation', $2, $3, $4, $5, 'vote', $6) RETURNING id`,
      [
        communeId,
        DEMO_PRIORITISATION_SLUG,
        'Les Tilleuls : quels travaux d’abord ?',
        'Classez les travaux prévus dans votre quartier par ordre de priorité.',
        '<p>La ville prévoit quatre chantiers aux Tilleuls. Dites-nous lesquels faire en premier : le résultat guidera le calendrier.</p>',
        officialId,
      ],
    );
    await manager.query(
      `INSERT INTO process_phases (process_id, phase, starts_at, ends_at) VALUES ($1, 'vote', $2, $3), ($1, 'results', $4, NULL)`,
      [process.id, new Date(Date.now() - DAY), new Date(Date.now() + 90 * DAY), new Date(Date.now() + 91 * DAY)],
    );
    const [prioritisation]: Array<{ id: string }> = await manager.query(
      `INSERT INTO prioritisations (process_id, quartier_id, mode, ranking_rule) VALUES ($1, $2, 'ranking', 'borda') RETURNING id`,
      [process.id, quartierId],
    );
    const workIds = DEMO_WORKS.filter((w) => w.quartierSlug === DEMO_PRIORITISATION_QUARTIER).map((w) => ids.get(w.title)!);
    await manager.query(
      `INSERT INTO prioritisation_works (prioritisation_id, work_id, position) SELECT $1, w, i FROM unnest($2::uuid[]) WITH ORDINALITY AS u(w, i)`,
      [prioritisation.id, workIds],
    );
  }
}
