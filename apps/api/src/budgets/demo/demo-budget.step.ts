import { randomBytes } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ScheduledPhase } from '@agora/contracts';

import { DemoSeed, DemoSeedContext, DemoSeedStep } from '../../demo/demo-seed.step';
import { demoTerritories } from '../../demo/demo-territories.data';
import { ProcessPhaseEntity } from '../../processes/process-phase.entity';
import { ProcessEntity } from '../../processes/process.entity';
import { pointInBoundary } from '../../territories/point-in-polygon.rule';
import { FILE_STORAGE } from '../../uploads/file-storage';
import type { FileStorage } from '../../uploads/file-storage';
import { ballotProjectImageKey, ballotProjectImageUrl } from '../ballot-project-images.controller';
import { BallotProjectEntity } from '../ballot-project.entity';
import { BudgetEntity } from '../budget.entity';
import { newReceiptCode, receiptHash } from '../receipt.rule';
import { ResultsService } from '../results.service';
import {
  DEMO_BUDGET_COMMUNE,
  DEMO_FINISHED_PROCESS,
  DEMO_FINISHED_VOTERS,
  DEMO_OPEN_PROCESS,
  DemoProcessSpec,
  DemoProjectSpec,
} from './demo-budget.data';
import { demoPng } from './demo-png';

const DAY = 24 * 3600 * 1000;

interface SeededEnvelope {
  budget: BudgetEntity;
  quartierId: string | null;
  projects: Array<{ id: string; costCents: number; appeal: number }>;
}

/** The place of a demo project: between its quartier's centre and one vertex, checked to be inside the quartier. */
export function demoProjectPlace(project: Pick<DemoProjectSpec, 'quartierSlug' | 'toward'>): { lng: number; lat: number } {
  const territory = demoTerritories().find((t) => t.slug === project.quartierSlug);
  if (!territory || territory.boundary.type !== 'Polygon') throw new Error(`Demo quartier ${project.quartierSlug} missing`);
  const ring = (territory.boundary.coordinates[0] as number[][]).slice(0, -1);
  const lng = ring.reduce((sum, p) => sum + p[0], 0) / ring.length;
  const lat = ring.reduce((sum, p) => sum + p[1], 0) / ring.length;
  const vertex = ring[project.toward.vertex % ring.length];
  const round = (value: number) => Math.round(value * 1e6) / 1e6;
  const candidate = { lng: round(lng + (vertex[0] - lng) * project.toward.t), lat: round(lat + (vertex[1] - lat) * project.toward.t) };
  return pointInBoundary(candidate.lng, candidate.lat, territory.boundary) ? candidate : { lng: round(lng), lat: round(lat) };
}

/** A small deterministic generator, so the finished vote has the same shape at every fresh start. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The demo budget participatif of Beaulieu-sur-Lierre: the 2026 process open for voting (a city-wide
 * envelope and one per quartier, sixteen projects with a place and a picture), and the 2025 process
 * with 200 paper ballots, counted and published by the demo staff member. A process whose slug exists
 * is left as it is. Nobody's account votes: the demo citizen can vote in 2026.
 */
@Injectable()
@DemoSeed()
export class DemoBudgetStep implements DemoSeedStep {
  readonly name = 'budget';
  readonly order = 100;

  constructor(
    private readonly results: ResultsService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async run({ manager, territories, accountIds }: DemoSeedContext): Promise<void> {
    const communeId = territories.get(DEMO_BUDGET_COMMUNE);
    const staffId = accountIds.get('staff');
    const officialId = accountIds.get('official') ?? null;
    if (!communeId || !staffId) throw new Error('Demo commune or staff account missing: the territories and accounts steps must run first');
    const now = Date.now();

    if (!(await this.exists(manager, DEMO_OPEN_PROCESS.slug))) {
      await this.create(manager, DEMO_OPEN_PROCESS, communeId, territories, officialId, [
        { phase: 'proposals', startsAt: new Date(now - 150 * DAY), endsAt: new Date(now - 90 * DAY) },
        { phase: 'assessment', startsAt: new Date(now - 90 * DAY), endsAt: new Date(now - DAY) },
        { phase: 'vote', startsAt: new Date(now - DAY), endsAt: new Date(now + 90 * DAY) },
        { phase: 'results', startsAt: new Date(now + 91 * DAY), endsAt: null },
      ]);
    }

    if (!(await this.exists(manager, DEMO_FINISHED_PROCESS.slug))) {
      const { process, envelopes } = await this.create(manager, DEMO_FINISHED_PROCESS, communeId, territories, officialId, [
        { phase: 'proposals', startsAt: new Date('2025-03-01T08:00:00Z'), endsAt: new Date('2025-05-31T22:00:00Z') },
        { phase: 'assessment', startsAt: new Date('2025-06-01T08:00:00Z'), endsAt: new Date('2025-09-14T22:00:00Z') },
        { phase: 'vote', startsAt: new Date('2025-09-15T08:00:00Z'), endsAt: new Date('2025-10-15T22:00:00Z') },
        { phase: 'results', startsAt: new Date('2025-10-20T08:00:00Z'), endsAt: null },
      ]);
      await this.castPaperBallots(manager, process, envelopes, staffId);
      await this.results.countIn(manager, process, staffId);
      await this.results.publishIn(manager, process, staffId);
    }
  }

  private async exists(manager: EntityManager, slug: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM processes WHERE slug = $1`, [slug]);
    return rows.length > 0;
  }

  /** The process in its vote phase, its dates, default eligibility (residents of the commune), envelopes and projects. */
  private async create(
    manager: EntityManager,
    spec: DemoProcessSpec,
    communeId: string,
    territories: Map<string, string>,
    createdBy: string | null,
    schedule: Array<{ phase: ScheduledPhase; startsAt: Date; endsAt: Date | null }>,
  ): Promise<{ process: ProcessEntity; envelopes: SeededEnvelope[] }> {
    const process = await manager.save(
      manager.create(ProcessEntity, {
        territoryId: communeId,
        kind: 'budget',
        slug: spec.slug,
        title: spec.title,
        summary: spec.summary,
        descriptionHtml: spec.descriptionHtml,
        imagePath: null,
        phase: 'vote',
        createdBy,
      }),
    );
    await manager.insert(ProcessPhaseEntity, schedule.map((window) => ({ processId: process.id, ...window })));
    await manager.query(`INSERT INTO process_eligibility (process_id, salt) VALUES ($1, $2)`, [process.id, randomBytes(32)]);
    const envelopes: SeededEnvelope[] = [];
    for (const [position, envelope] of spec.envelopes.entries()) {
      const quartierId = envelope.quartierSlug ? (territories.get(envelope.quartierSlug) ?? null) : null;
      if (envelope.quartierSlug && !quartierId) throw new Error(`Demo quartier ${envelope.quartierSlug} missing`);
      const budget = await manager.save(
        manager.create(BudgetEntity, {
          processId: process.id,
          territoryId: quartierId ?? communeId,
          name: envelope.name,
          position,
          amountCents: envelope.amountEuros * 100,
          ballotKind: envelope.ballotKind,
          minSpendCents: null,
          minProjects: null,
          maxProjects: envelope.maxProjects,
          points: null,
          maxPointsPerProject: null,
          countingRule: envelope.countingRule,
          tieBreak: 'default',
          lockedAt: null,
        }),
      );
      const projects: SeededEnvelope['projects'] = [];
      for (const [index, project] of envelope.projects.entries()) {
        const place = demoProjectPlace(project);
        const saved = await manager.save(
          manager.create(BallotProjectEntity, {
            budgetId: budget.id,
            proposalId: null,
            title: project.title,
            description: project.description,
            costCents: project.costEuros * 100,
            quartierId: territories.get(project.quartierSlug) ?? null,
            lng: place.lng,
            lat: place.lat,
            address: project.address,
            category: project.category,
            imagePath: null,
            position: index,
          }),
        );
        await this.storage.put(ballotProjectImageKey(saved.id), demoPng(project.colour), 'image/png');
        await manager.update(BallotProjectEntity, { id: saved.id }, { imagePath: ballotProjectImageUrl(saved.id) });
        projects.push({ id: saved.id, costCents: saved.costCents, appeal: project.appeal ?? 0.4 });
      }
      envelopes.push({ budget, quartierId, projects });
    }
    return { process, envelopes };
  }

  /**
   * Generated residents' paper ballots, entered by the staff member: each person votes for the whole
   * city and, most of the time, for their own quartier. The register names no account (an identity
   * hash stands for the person), the ballots carry a receipt hash like any other.
   */
  private async castPaperBallots(manager: EntityManager, process: ProcessEntity, envelopes: SeededEnvelope[], staffId: string): Promise<void> {
    const next = random(2025);
    const city = envelopes.find((e) => e.quartierId === null)!;
    const quartiers = envelopes.filter((e) => e.quartierId !== null);
    const register: Array<{ budget: string; hash: string; quartier: string | null; day: string }> = [];
    const ballots: Array<{ budget: string; content: { projectIds: string[] }; receipt: string }> = [];
    const vote = (envelope: SeededEnvelope, picks: Set<string>, hash: string, quartier: string | null, day: string) => {
      if (!picks.size) return;
      register.push({ budget: envelope.budget.id, hash, quartier, day });
      // Stored in the envelope's own order, as the ballot box does.
      ballots.push({ budget: envelope.budget.id, content: { projectIds: envelope.projects.filter((p) => picks.has(p.id)).map((p) => p.id) }, receipt: receiptHash(newReceiptCode()).toString('hex') });
    };
    for (let i = 0; i < DEMO_FINISHED_VOTERS; i++) {
      const home = quartiers[i % quartiers.length];
      const hash = randomBytes(32).toString('hex');
      const day = new Date(Date.parse('2025-09-15T12:00:00Z') + Math.floor(next() * 30) * DAY).toISOString().slice(0, 10);
      // Knapsack: the projects this person likes, in a random order, while they fit the envelope.
      const picks = new Set<string>();
      let spent = 0;
      for (const project of [...city.projects].sort(() => next() - 0.5)) {
        if (next() < project.appeal && spent + project.costCents <= city.budget.amountCents) {
          picks.add(project.id);
          spent += project.costCents;
        }
      }
      // Everyone came to vote: someone who liked nothing much picks one project.
      if (!picks.size) picks.add(city.projects[Math.floor(next() * city.projects.length)].id);
      vote(city, picks, hash, home.quartierId, day);
      const local = new Set(home.projects.filter((p) => next() < p.appeal).slice(0, home.budget.maxProjects ?? undefined).map((p) => p.id));
      vote(home, local, hash, home.quartierId, day);
    }
    await manager.query(
      `INSERT INTO participations (process_id, budget_id, identity_hash, channel, staff_id, quartier_id, voted_on)
       SELECT $1, r.budget, decode(r.hash, 'hex'), 'paper', $2, r.quartier, r.day
       FROM jsonb_to_recordset($3::jsonb) AS r(budget uuid, hash text, quartier uuid, day date)`,
      [process.id, staffId, JSON.stringify(register)],
    );
    await manager.query(
      `INSERT INTO ballots (budget_id, content, receipt_hash)
       SELECT b.budget, b.content, decode(b.receipt, 'hex') FROM jsonb_to_recordset($1::jsonb) AS b(budget uuid, content jsonb, receipt text)`,
      [JSON.stringify(ballots)],
    );
    await manager.query(`UPDATE budgets SET locked_at = now() WHERE process_id = $1`, [process.id]);
  }
}
