import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import {
  CreateTerritoryRequest,
  SLUG_PATTERN,
  Territory,
  TerritoryDetail,
  UpdateTerritoryRequest,
} from '@agora/contracts';

import { isUuid } from '../access/id.rule';
import { AuditService } from '../audit/audit.service';
import { checkBoundary } from './geojson.rule';
import { canNest, hasInseeCode } from './territory-kind.rule';
import { TerritoryEntity } from './territory.entity';
import { territoryErrors } from './territory.errors';
import {
  boundaryColumns,
  rowToTerritory,
  TERRITORY_COLUMNS,
  territoryAuditSnapshot,
  TerritoryRow,
  toTerritoryDetail,
} from './territory.mapper';

const UNIQUE_VIOLATION = '23505';

/** Checks a boundary from a request: the normalised boundary with its box, or a 400 naming the faulty position. */
export function validBoundary(value: unknown, path = 'boundary') {
  const result = checkBoundary(value, path);
  if (!result.ok) throw territoryErrors.invalidGeoJson(result.problems);
  return result;
}

/** The territory tree: reading it (public) and editing it (admins, audited). */
@Injectable()
export class TerritoriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Every territory, flat; the web app builds the tree from `parentId`. */
  async list(): Promise<Territory[]> {
    const rows: TerritoryRow[] = await this.dataSource.query(
      `SELECT ${TERRITORY_COLUMNS} FROM territories t ORDER BY t.name, t.id`,
    );
    return rows.map(rowToTerritory);
  }

  async detail(idOrSlug: string): Promise<TerritoryDetail> {
    return this.detailOf(await this.find(idOrSlug));
  }

  /** By id or by slug; a value that is neither is a 400, an unknown one a 404. */
  async find(idOrSlug: string, manager: EntityManager = this.dataSource.manager): Promise<TerritoryEntity> {
    let found: TerritoryEntity | null;
    if (isUuid(idOrSlug)) found = await manager.findOne(TerritoryEntity, { where: { id: idOrSlug } });
    else if (idOrSlug.length <= 80 && SLUG_PATTERN.test(idOrSlug))
      found = await manager.findOne(TerritoryEntity, { where: { slug: idOrSlug } });
    else throw territoryErrors.invalidIdOrSlug();
    if (!found) throw territoryErrors.notFound();
    return found;
  }

  /** From the root down to the parent. */
  async ancestorsOf(id: string, manager: EntityManager = this.dataSource.manager): Promise<Territory[]> {
    const rows: TerritoryRow[] = await manager.query(
      `WITH RECURSIVE up AS (
         SELECT parent_id, 1 AS depth FROM territories WHERE id = $1
         UNION ALL
         SELECT p.parent_id, up.depth + 1 FROM territories p JOIN up ON p.id = up.parent_id WHERE up.depth < 100
       )
       SELECT ${TERRITORY_COLUMNS} FROM up JOIN territories t ON t.id = up.parent_id ORDER BY up.depth DESC`,
      [id],
    );
    return rows.map(rowToTerritory);
  }

  async create(actorId: string, request: CreateTerritoryRequest): Promise<TerritoryDetail> {
    const name = request.name.trim();
    if (!name) throw territoryErrors.required('name');
    const checked =
      request.boundary !== undefined && request.boundary !== null ? validBoundary(request.boundary) : null;
    return this.dataSource.transaction(async (manager) => {
      const parent = request.parentId
        ? await manager.findOne(TerritoryEntity, { where: { id: request.parentId } })
        : null;
      if (request.parentId && !parent) throw territoryErrors.notFound();
      if (!canNest(request.kind, parent?.kind ?? null))
        throw territoryErrors.kindNesting(request.kind, parent?.kind ?? null);
      if (request.inseeCode && !hasInseeCode(request.kind))
        throw territoryErrors.inseeNotApplicable(request.kind);
      await this.assertSlugFree(request.slug, manager);
      const values = {
        parentId: parent?.id ?? null,
        name,
        slug: request.slug,
        kind: request.kind,
        inseeCode: request.inseeCode ?? null,
        ...boundaryColumns(checked),
      };
      const id = await this.insert(values, manager);
      await this.audit.record(
        {
          actorId,
          action: 'territory.create',
          objectType: 'territory',
          objectId: id,
          territoryId: id,
          before: null,
          after: territoryAuditSnapshot(values),
        },
        manager,
      );
      return this.detailOf(await manager.findOneOrFail(TerritoryEntity, { where: { id } }), manager);
    });
  }

  async update(actorId: string, id: string, request: UpdateTerritoryRequest): Promise<TerritoryDetail> {
    const checked =
      request.boundary === undefined
        ? undefined
        : request.boundary === null
          ? null
          : validBoundary(request.boundary);
    return this.dataSource.transaction(async (manager) => {
      const entity = await manager.findOne(TerritoryEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!entity) throw territoryErrors.notFound();
      const before = territoryAuditSnapshot(entity);
      const changes: Partial<TerritoryEntity> = {};
      if (request.name !== undefined) {
        const name = request.name?.trim();
        if (!name) throw territoryErrors.required('name');
        changes.name = name;
      }
      if (request.slug !== undefined) {
        if (!request.slug) throw territoryErrors.required('slug');
        if (request.slug !== entity.slug) await this.assertSlugFree(request.slug, manager);
        changes.slug = request.slug;
      }
      if (request.inseeCode !== undefined) {
        if (request.inseeCode !== null && !hasInseeCode(entity.kind))
          throw territoryErrors.inseeNotApplicable(entity.kind);
        changes.inseeCode = request.inseeCode;
      }
      if (checked !== undefined) Object.assign(changes, boundaryColumns(checked));
      const after = territoryAuditSnapshot({ ...entity, ...changes });
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        await this.updateRow(id, changes, manager);
        await this.audit.record(
          {
            actorId,
            action: 'territory.update',
            objectType: 'territory',
            objectId: id,
            territoryId: id,
            before,
            after,
          },
          manager,
        );
      }
      return this.detailOf(await manager.findOneOrFail(TerritoryEntity, { where: { id } }), manager);
    });
  }

  async detailOf(
    entity: TerritoryEntity,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TerritoryDetail> {
    const children: TerritoryRow[] = await manager.query(
      `SELECT ${TERRITORY_COLUMNS} FROM territories t WHERE t.parent_id = $1 ORDER BY t.name, t.id`,
      [entity.id],
    );
    return toTerritoryDetail(
      entity,
      await this.ancestorsOf(entity.id, manager),
      children.map(rowToTerritory),
    );
  }

  async assertSlugFree(slug: string, manager: EntityManager): Promise<void> {
    if (await manager.exists(TerritoryEntity, { where: { slug } })) throw territoryErrors.slugTaken(slug);
  }

  /** Inserts and returns the id; a slug taken meanwhile by a concurrent request is a 409 too. */
  async insert(values: Partial<TerritoryEntity>, manager: EntityManager): Promise<string> {
    try {
      const result = await manager.insert(TerritoryEntity, values);
      return (result.identifiers[0] as { id: string }).id;
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION && values.slug)
        throw territoryErrors.slugTaken(values.slug);
      throw error;
    }
  }

  async updateRow(id: string, changes: Partial<TerritoryEntity>, manager: EntityManager): Promise<void> {
    try {
      await manager.update(TerritoryEntity, { id }, { ...changes, updatedAt: () => 'now()' });
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION && changes.slug)
        throw territoryErrors.slugTaken(changes.slug);
      throw error;
    }
  }
}
