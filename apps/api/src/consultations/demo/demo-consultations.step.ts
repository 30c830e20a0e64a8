import { createHash, randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import {
  pointInBoundary,
  validateResponse,
  type ConsultationDefinition,
  type GeoBoundary,
} from '@agora/consultation-rules';

import { DemoSeed, DemoSeedContext, DemoSeedStep } from '../../demo/demo-seed.step';
import { demoTerritories } from '../../demo/demo-territories.data';
import { ConclusionsService } from '../conclusions.service';
import { ConsultationEntity } from '../consultation.entity';
import {
  DEMO_CONSULTATION_COMMUNE,
  DEMO_HALL_CONTEXT,
  DEMO_HALL_RESPONSES,
  DEMO_HALL_SLUG,
  DEMO_STREET_CONCLUSIONS,
  DEMO_STREET_CONTEXT,
  DEMO_STREET_RESPONSES,
  DEMO_STREET_SLUG,
  hallAnswers,
  hallDefinition,
  seededRandom,
  streetAnswers,
  streetDefinition,
} from './demo-consultations.data';

const DAY = 24 * 3600 * 1000;

/**
 * The demo consultations of Beaulieu-sur-Lierre: "Rénovation de la halle du marché", open, anonymous,
 * live public results, with 300 generated answers; and the one-way street consultation, closed, with
 * its conclusions and open data published. Generated answers come from people without an account
 * (the register holds a hash), so the demo citizen can still answer. A consultation whose slug
 * exists is left as it is.
 */
@Injectable()
@DemoSeed()
export class DemoConsultationsStep implements DemoSeedStep {
  readonly name = 'consultations';
  readonly order = 120;

  constructor(private readonly conclusions: ConclusionsService) {}

  async run({ manager, territories, accountIds }: DemoSeedContext): Promise<void> {
    const communeId = territories.get(DEMO_CONSULTATION_COMMUNE);
    const officialId = accountIds.get('official') ?? null;
    const staffId = accountIds.get('staff') ?? null;
    const commune = demoTerritories().find((t) => t.slug === DEMO_CONSULTATION_COMMUNE);
    if (!communeId || !commune || !staffId)
      throw new Error(
        'Demo commune or staff account missing: the territories and accounts steps must run first',
      );
    const boundary = commune.boundary as GeoBoundary;
    const quartierIds = demoTerritories()
      .filter((t) => t.parentSlug === DEMO_CONSULTATION_COMMUNE)
      .map((t) => territories.get(t.slug))
      .filter((id): id is string => !!id);
    const now = Date.now();

    if (!(await this.exists(manager, DEMO_HALL_SLUG))) {
      const hall = await this.create(manager, {
        territoryId: communeId,
        slug: DEMO_HALL_SLUG,
        title: 'Rénovation de la halle du marché',
        summary:
          'Comment utilisez-vous la halle, et que faut-il rénover en premier ? Donnez votre avis avant les travaux.',
        contextHtml: DEMO_HALL_CONTEXT,
        opensAt: new Date(now - 20 * DAY),
        closesAt: new Date(now + 40 * DAY),
        definition: hallDefinition(boundary),
        createdBy: officialId,
      });
      const random = seededRandom(2026);
      const point = () => randomPointIn(boundary, random);
      await this.insertResponses(
        manager,
        hall,
        DEMO_HALL_RESPONSES,
        () => hallAnswers(random, point),
        quartierIds,
        staffId,
        random,
        20,
      );
    }

    if (!(await this.exists(manager, DEMO_STREET_SLUG))) {
      const street = await this.create(manager, {
        territoryId: communeId,
        slug: DEMO_STREET_SLUG,
        title: 'Sens de circulation de la rue des Écoles',
        summary:
          'Faut-il passer la rue des Écoles en sens unique ? Les résultats et les décisions sont publiés.',
        contextHtml: DEMO_STREET_CONTEXT,
        opensAt: new Date('2026-03-02T08:00:00Z'),
        closesAt: new Date('2026-04-03T20:00:00Z'),
        definition: streetDefinition(),
        createdBy: officialId,
      });
      const random = seededRandom(2025);
      await this.insertResponses(
        manager,
        street,
        DEMO_STREET_RESPONSES,
        () => streetAnswers(random),
        quartierIds,
        staffId,
        random,
        30,
      );
      street.status = 'closed';
      street.closedAt = street.closesAt;
      street.retainedHtml = DEMO_STREET_CONCLUSIONS.retainedHtml;
      street.decisionsHtml = DEMO_STREET_CONCLUSIONS.decisionsHtml;
      street.conclusionsPublishedAt = new Date('2026-05-04T08:00:00Z');
      await manager.save(street);
      await this.conclusions.storeOpenData(manager, street);
    }
  }

  private async exists(manager: EntityManager, slug: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM consultations WHERE slug = $1`, [slug]);
    return rows.length > 0;
  }

  private async create(
    manager: EntityManager,
    spec: Pick<
      ConsultationEntity,
      | 'territoryId'
      | 'slug'
      | 'title'
      | 'summary'
      | 'contextHtml'
      | 'opensAt'
      | 'closesAt'
      | 'definition'
      | 'createdBy'
    >,
  ): Promise<ConsultationEntity> {
    return manager.save(
      manager.create(ConsultationEntity, {
        ...spec,
        images: [],
        documents: [],
        audience: 'everyone',
        quartierIds: [],
        anonymous: true,
        resultsVisibility: 'live',
        onePerScreen: true,
        // Both demo consultations took answers at the town-hall counter too (a tenth of them).
        counterAnswers: true,
        status: 'published',
        definitionVersion: 1,
        identitySalt: randomBytes(32),
        publishedAt: spec.opensAt,
        lockedAt: spec.opensAt,
      }),
    );
  }

  /**
   * Two bulk inserts: the register (one line per person, a tenth at the counter) and the answers, each
   * checked by the same validator as real ones, spread over `days` days and shuffled apart.
   */
  private async insertResponses(
    manager: EntityManager,
    consultation: ConsultationEntity,
    count: number,
    generate: () => Record<string, unknown>,
    quartierIds: string[],
    staffId: string,
    random: () => number,
    days: number,
  ): Promise<void> {
    const start = (consultation.opensAt ?? new Date()).getTime();
    const register: Array<{ hash: string; channel: string; staff: string | null; day: string }> = [];
    const responses: Array<{ answers: unknown; quartier: string | null; day: string }> = [];
    for (let i = 0; i < count; i++) {
      const checked = validateResponse(consultation.definition as ConsultationDefinition, generate());
      if (!checked.valid)
        throw new Error(`Demo answer ${i} of ${consultation.slug} is invalid: ${checked.errors[0].code}`);
      const day = new Date(start + Math.floor(random() * days) * DAY).toISOString().slice(0, 10);
      const counter = random() < 0.1;
      register.push({
        hash: createHash('sha256').update(`demo:${consultation.slug}:${i}`).digest('hex'),
        channel: counter ? 'counter' : 'online',
        staff: counter ? staffId : null,
        day,
      });
      responses.push({
        answers: checked.normalised,
        quartier:
          quartierIds.length && random() < 0.9
            ? quartierIds[Math.floor(random() * quartierIds.length)]
            : null,
        day,
      });
    }
    await manager.query(
      `INSERT INTO consultation_participations (consultation_id, identity_hash, channel, staff_id, answered_on)
       SELECT $1, decode(r->>'hash', 'hex'), r->>'channel', (r->>'staff')::uuid, (r->>'day')::date FROM jsonb_array_elements($2::jsonb) r`,
      [consultation.id, JSON.stringify(register)],
    );
    await manager.query(
      `INSERT INTO consultation_responses (consultation_id, answers, quartier_id, definition_version, submitted_on)
       SELECT $1, r->'answers', (r->>'quartier')::uuid, $3, (r->>'day')::date FROM jsonb_array_elements($2::jsonb) r`,
      [consultation.id, JSON.stringify(responses), consultation.definitionVersion],
    );
  }
}

/** A point inside the boundary, drawn in its bounding box until one falls inside, rounded to 1e-6°. */
function randomPointIn(boundary: GeoBoundary, random: () => number): { lng: number; lat: number } {
  const ring = (
    boundary.type === 'Polygon' ? boundary.coordinates[0] : boundary.coordinates[0][0]
  ) as number[][];
  const lngs = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  const [minLng, maxLng, minLat, maxLat] = [
    Math.min(...lngs),
    Math.max(...lngs),
    Math.min(...lats),
    Math.max(...lats),
  ];
  for (;;) {
    const lng = Math.round((minLng + random() * (maxLng - minLng)) * 1e6) / 1e6;
    const lat = Math.round((minLat + random() * (maxLat - minLat)) * 1e6) / 1e6;
    if (pointInBoundary({ lng, lat }, boundary)) return { lng, lat };
  }
}
