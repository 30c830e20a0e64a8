import { randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type {
  PreviewCheckRequest,
  PreviewCheckResult,
  SaveConsultationRequest,
  SaveConsultationResult,
  StaffConsultationDetail,
} from '@agora/contracts';
import {
  diffDefinitions,
  validateConsultationDefinition,
  validateResponse,
  type ConsultationDefinition,
  type DefinitionChangeKind,
} from '@agora/consultation-rules';

import { AuditService } from '../audit/audit.service';
import { sanitizeRichText } from '../processes/rich-text.rule';
import { isAttachmentOf } from './attachment.rule';
import { ConsultationEntity } from './consultation.entity';
import { consultationErrors } from './consultation.errors';
import { CONSULTATION_OWNERS, CONSULTATION_TEAM, ConsultationFinder } from './consultation.finder';
import { ConsultationViewService } from './consultation-view.service';
import { ResultsAnnouncer } from './results.announcer';

/** What the audit log keeps of a consultation's settings (the definition is logged by its diff). */
function auditSnapshot(c: ConsultationEntity) {
  return {
    title: c.title,
    status: c.status,
    audience: c.audience,
    quartierIds: c.quartierIds,
    anonymous: c.anonymous,
    resultsVisibility: c.resultsVisibility,
    counterAnswers: c.counterAnswers,
    opensAt: c.opensAt,
    closesAt: c.closesAt,
    definitionVersion: c.definitionVersion,
  };
}

/** Building a consultation: create, edit (locked after the first answer but for typos), publish, close. Audited. */
@Injectable()
export class ConsultationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly finder: ConsultationFinder,
    private readonly view: ConsultationViewService,
    private readonly audit: AuditService,
    private readonly announcer: ResultsAnnouncer,
  ) {}

  async create(
    actorId: string,
    body: SaveConsultationRequest,
  ): Promise<SaveConsultationResult<ConsultationDefinition>> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const kind = await this.territoryKind(manager, body.territoryId);
      if (!kind) throw consultationErrors.notFound();
      await this.finder.requireRole(actorId, CONSULTATION_TEAM, { territoryId: body.territoryId }, manager);
      if (body.images?.length || body.documents?.length) throw consultationErrors.attachmentUnknown();
      const consultation = manager.create(ConsultationEntity, {
        territoryId: body.territoryId,
        identitySalt: randomBytes(32),
        createdBy: actorId,
        status: 'draft',
        definitionVersion: 1,
        images: [],
        documents: [],
      });
      await this.apply(manager, consultation, body);
      await this.saveWithSlug(manager, consultation);
      await this.audit.record(
        {
          actorId,
          action: 'consultation.create',
          objectType: 'consultation',
          objectId: consultation.id,
          territoryId: consultation.territoryId,
          after: auditSnapshot(consultation),
        },
        manager,
      );
      return consultation;
    });
    return { consultation: await this.view.staffDetail(saved, actorId), definitionChange: 'structural' };
  }

  async update(
    actorId: string,
    id: string,
    body: SaveConsultationRequest,
  ): Promise<SaveConsultationResult<ConsultationDefinition>> {
    const { consultation, change } = await this.dataSource.transaction(async (manager) => {
      // FOR UPDATE: a first answer arriving now waits, and this edit sees its lock.
      const found = await this.finder.find(id, manager, 'update');
      await this.finder.requireRole(actorId, CONSULTATION_TEAM, found, manager);
      const before = auditSnapshot(found);
      const previous = found.definition;
      if (body.territoryId !== found.territoryId) {
        if (found.status !== 'draft') throw consultationErrors.settingsLocked();
        await this.finder.requireRole(actorId, CONSULTATION_TEAM, { territoryId: body.territoryId }, manager);
        if (!(await this.territoryKind(manager, body.territoryId))) throw consultationErrors.notFound();
        found.territoryId = body.territoryId;
      }
      if (found.status !== 'draft' && settingsChanged(found, body)) throw consultationErrors.settingsLocked();
      for (const attachment of [...(body.images ?? []), ...(body.documents ?? [])]) {
        if (!isAttachmentOf(found.id, attachment.path)) throw consultationErrors.attachmentUnknown();
      }
      await this.fillMapBoundaries(manager, found.territoryId, body.definition);
      const diff = diffDefinitions(previous, body.definition as unknown as ConsultationDefinition);
      if (found.lockedAt && diff.kind === 'structural')
        throw consultationErrors.locked(diff.structuralChanges);
      await this.apply(manager, found, body);
      if (diff.kind !== 'none') found.definitionVersion += 1;
      found.updatedAt = new Date();
      await this.saveWithSlug(manager, found);
      await this.audit.record(
        {
          actorId,
          action:
            found.lockedAt && diff.kind === 'wording-only' ? 'consultation.typo-fix' : 'consultation.update',
          objectType: 'consultation',
          objectId: found.id,
          territoryId: found.territoryId,
          before: { ...before, ...(diff.kind !== 'none' ? { definition: previous } : {}) },
          after: {
            ...auditSnapshot(found),
            definitionChanges: [...diff.wordingChanges, ...diff.structuralChanges],
          },
        },
        manager,
      );
      return { consultation: found, change: diff.kind as DefinitionChangeKind };
    });
    return { consultation: await this.view.staffDetail(consultation, actorId), definitionChange: change };
  }

  async publish(actorId: string, id: string): Promise<StaffConsultationDetail<ConsultationDefinition>> {
    return this.transition(actorId, id, 'consultation.publish', (c) => {
      if (c.status !== 'draft') {
        throw consultationErrors.wrongStatus({
          fr: 'Cette consultation est déjà publiée.',
          en: 'This consultation is already published.',
        });
      }
      const problems = validateConsultationDefinition(c.definition);
      if (problems.length) throw consultationErrors.invalidDefinition(problems);
      if (c.closesAt && c.closesAt <= new Date()) throw consultationErrors.datesInvalid();
      c.status = 'published';
      c.publishedAt = new Date();
    });
  }

  async close(actorId: string, id: string): Promise<StaffConsultationDetail<ConsultationDefinition>> {
    const closed = await this.transition(actorId, id, 'consultation.close', (c) => {
      if (c.status === 'draft') {
        throw consultationErrors.wrongStatus({
          fr: 'Une consultation non publiée ne peut pas être close.',
          en: 'A consultation that was never published cannot be closed.',
        });
      }
      if (c.status === 'closed') {
        throw consultationErrors.wrongStatus({
          fr: 'Cette consultation est déjà close.',
          en: 'This consultation is already closed.',
        });
      }
      c.status = 'closed';
      c.closedAt = new Date();
      // A consultation closed before its date now ends now; one past its date keeps the announced end.
      if (!c.closesAt || c.closesAt > c.closedAt) c.closesAt = c.closedAt;
    });
    // Open results pages fetch again and show the final figures.
    this.announcer.announce(closed.id);
    return closed;
  }

  /** Tries answers on the consultation as a resident would send them; nothing is stored. */
  async previewCheck(actorId: string, id: string, body: PreviewCheckRequest): Promise<PreviewCheckResult> {
    const consultation = await this.finder.findForTeam(id, actorId);
    const result = validateResponse(consultation.definition, body.answers, {
      partial: body.partial ?? false,
    });
    return result.valid ? { valid: true, errors: [] } : { valid: false, errors: result.errors };
  }

  private async transition(
    actorId: string,
    id: string,
    action: string,
    change: (c: ConsultationEntity) => void,
  ) {
    const consultation = await this.dataSource.transaction(async (manager) => {
      const found = await this.finder.find(id, manager, 'update');
      await this.finder.requireRole(actorId, CONSULTATION_OWNERS, found, manager);
      const before = auditSnapshot(found);
      change(found);
      found.updatedAt = new Date();
      await manager.save(found);
      await this.audit.record(
        {
          actorId,
          action,
          objectType: 'consultation',
          objectId: found.id,
          territoryId: found.territoryId,
          before,
          after: auditSnapshot(found),
        },
        manager,
      );
      return found;
    });
    return this.view.staffDetail(consultation, actorId);
  }

  /** Copies the request onto the entity, checking what class-validator cannot. */
  private async apply(
    manager: EntityManager,
    c: ConsultationEntity,
    body: SaveConsultationRequest,
  ): Promise<void> {
    await this.fillMapBoundaries(manager, c.territoryId, body.definition);
    const problems = validateConsultationDefinition(body.definition);
    if (problems.length) throw consultationErrors.invalidDefinition(problems);
    const opensAt = body.opensAt ? new Date(body.opensAt) : null;
    const closesAt = body.closesAt ? new Date(body.closesAt) : null;
    if (opensAt && closesAt && closesAt <= opensAt) throw consultationErrors.datesInvalid();
    if (c.status === 'closed' && !sameTime(closesAt, c.closesAt)) {
      throw consultationErrors.wrongStatus({
        fr: 'Une consultation close garde ses dates.',
        en: 'A closed consultation keeps its dates.',
      });
    }
    const quartierIds = body.audience === 'quartiers' ? [...new Set(body.quartierIds ?? [])].sort() : [];
    if (body.audience === 'quartiers' && !quartierIds.length) throw consultationErrors.quartiersRequired();
    if (quartierIds.length) await this.assertQuartiersWithin(manager, c.territoryId, quartierIds);
    Object.assign(c, {
      slug: body.slug,
      title: body.title.trim(),
      summary: (body.summary ?? '').trim(),
      contextHtml: sanitizeRichText(body.contextHtml ?? ''),
      images: (body.images ?? []).map((i) => ({ path: i.path, alt: i.alt.trim() })),
      documents: (body.documents ?? []).map((d) => ({ path: d.path, name: d.name.trim() })),
      opensAt,
      closesAt,
      audience: body.audience,
      quartierIds,
      anonymous: body.anonymous,
      resultsVisibility: body.resultsVisibility,
      onePerScreen: body.onePerScreen ?? false,
      counterAnswers: body.counterAnswers ?? false,
      definition: body.definition as unknown as ConsultationDefinition,
    });
  }

  /**
   * A map question without a boundary gets the territory's outline, as the builder would copy it:
   * the point a resident gives is then checked against the consultation's own territory.
   */
  private async fillMapBoundaries(
    manager: EntityManager,
    territoryId: string,
    definition: Record<string, unknown>,
  ): Promise<void> {
    const items = Array.isArray(definition['questions'])
      ? (definition['questions'] as Array<Record<string, unknown>>)
      : [];
    const missing = items.filter(
      (item) => item && item['type'] === 'map-point' && item['boundary'] === undefined,
    );
    if (!missing.length) return;
    const [row]: Array<{ boundary: unknown }> = await manager.query(
      `SELECT boundary FROM territories WHERE id = $1`,
      [territoryId],
    );
    if (row?.boundary) for (const item of missing) item['boundary'] = row.boundary;
  }

  private async assertQuartiersWithin(
    manager: EntityManager,
    territoryId: string,
    quartierIds: string[],
  ): Promise<void> {
    const [row]: Array<{ inside: number }> = await manager.query(
      `WITH RECURSIVE subtree AS (
         SELECT id FROM territories WHERE id = $1
         UNION SELECT t.id FROM territories t JOIN subtree s ON t.parent_id = s.id
       )
       SELECT count(*)::int AS inside FROM territories WHERE id = ANY($2::uuid[]) AND kind = 'quartier' AND id IN (SELECT id FROM subtree)`,
      [territoryId, quartierIds],
    );
    if (row.inside !== quartierIds.length) throw consultationErrors.quartierOutside();
  }

  private async territoryKind(manager: EntityManager, territoryId: string): Promise<string | null> {
    const [row]: Array<{ kind: string }> = await manager.query(`SELECT kind FROM territories WHERE id = $1`, [
      territoryId,
    ]);
    return row?.kind ?? null;
  }

  /** Saves; a slug another consultation took (even at the same moment) is a 409, never a 500. */
  private async saveWithSlug(manager: EntityManager, c: ConsultationEntity): Promise<void> {
    try {
      await manager.save(c);
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw consultationErrors.slugTaken();
      throw error;
    }
  }
}

function sameTime(a: Date | null, b: Date | null): boolean {
  return (a?.getTime() ?? null) === (b?.getTime() ?? null);
}

/** The promises made to residents when the consultation was published. */
function settingsChanged(c: ConsultationEntity, body: SaveConsultationRequest): boolean {
  const quartiers = body.audience === 'quartiers' ? [...new Set(body.quartierIds ?? [])].sort() : [];
  return (
    c.audience !== body.audience ||
    c.anonymous !== body.anonymous ||
    c.counterAnswers !== (body.counterAnswers ?? false) ||
    quartiers.join(',') !== [...c.quartierIds].sort().join(',')
  );
}
