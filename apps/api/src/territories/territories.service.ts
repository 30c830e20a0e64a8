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
import { PublicReadCache } from './public-read.cache';
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
/** How long the public territory list and pages may lag behind a change made through another API process. */
const PUBLIC_READ_SECONDS = 5;

/** A territory as a JSON object with the columns of a {@link TerritoryRow} (alias `t`). */
const TERRITORY_JSON = `json_build_object('id', t.id, 'parent_id', t.parent_id, 'name', t.name, 'slug', t.slug, 'kind', t.kind,
  'insee_code', t.insee_code, 'has_boundary', t.boundary IS NOT NULL)`;

interface TerritoryDetailRow extends TerritoryRow {
  boundary: TerritoryDetail['boundary'];
  ancestors: TerritoryRow[];
  children: TerritoryRow[];
}

/** The SQL condition on `t` for an id or a slug ($1); a value that is neither is a 400. */
function whereIdOrSlug(idOrSlug: string): string {
  if (isUuid(idOrSlug)) return 't.id = $1::uuid';
  if (idOrSlug.length <= 80 && SLUG_PATTERN.test(idOrSlug)) return 't.slug = $1';
  throw territoryErrors.invalidIdOrSlug();
}

/** Checks a boundary from a request: the normalised boundary with its box, or a 400 naming the faulty position. */
export function validBoundary(value: unknown, path = 'boundary') {
  const result = checkBoundary(value, path);
  if (!result.ok) throw territoryErrors.invalidGeoJson(result.problems);
  return result;
}

/** The territory tree: reading it (public) and editing it (admins, audited). */
@Injectable()
export class TerritoriesService {
  /** The public reads, kept {@link PUBLIC_READ_SECONDS} seconds; see PublicReadCache for why that is harmless. */
  private readonly lists = new PublicReadCache<Territory[]>(PUBLIC_READ_SECONDS * 1000, 1);
  private readonly details = new PublicReadCache<TerritoryDetail>(PUBLIC_READ_SECONDS * 1000, 100);

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Every territory, flat; the web app builds the tree from `parentId`. Public: kept a few seconds. */
  async list(): Promise<Territory[]> {
    return this.lists.get('all', async () => {
      const rows: TerritoryRow[] = await this.dataSource.query(
        `SELECT ${TERRITORY_COLUMNS} FROM territories t ORDER BY t.name, t.id`,
      );
      return rows.map(rowToTerritory);
    });
  }

  /** The public page of a territory, outline included: one round trip, kept a few seconds. */
  async detail(idOrSlug: string): Promise<TerritoryDetail> {
    const where = whereIdOrSlug(idOrSlug);
    return this.details.get(idOrSlug, async () => {
      const [row]: Array<TerritoryDetailRow> = await this.dataSource.query(
        `WITH RECURSIVE target AS (
           SELECT t.*, t.boundary IS NOT NULL AS has_boundary FROM territories t WHERE ${where}
         ), up AS (
           SELECT parent_id, 1 AS depth FROM target
           UNION ALL
           SELECT p.parent_id, up.depth + 1 FROM territories p JOIN up ON p.id = up.parent_id WHERE up.depth < 100
         )
         SELECT target.id, target.parent_id, target.name, target.slug, target.kind, target.insee_code, target.has_boundary, target.boundary,
                (SELECT coalesce(json_agg(${TERRITORY_JSON} ORDER BY up.depth DESC), '[]'::json)
                 FROM up JOIN territories t ON t.id = up.parent_id) AS ancestors,
                (SELECT coalesce(json_agg(${TERRITORY_JSON} ORDER BY t.name, t.id), '[]'::json)
                 FROM territories t WHERE t.parent_id = target.id) AS children
         FROM target`,
        [idOrSlug],
      );
      if (!row) throw territoryErrors.notFound();
      return {
        ...rowToTerritory(row),
        boundary: row.boundary,
        ancestors: row.ancestors.map(rowToTerritory),
        children: row.children.map(rowToTerritory),
      };
    });
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
    const detail = await this.dataSource.transaction(async (manager) => {
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
    this.forgetPublicReads();
    return detail;
  }

  async update(actorId: string, id: string, request: UpdateTerritoryRequest): Promise<TerritoryDetail> {
    const checked =
      request.boundary === undefined
        ? undefined
        : request.boundary === null
          ? null
          : validBoundary(request.boundary);
    const detail = await this.dataSource.transaction(async (manager) => {
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
    this.forgetPublicReads();
    return detail;
  }

  /** Once a change is committed: this process answers from the database again at once. */
  forgetPublicReads(): void {
    this.lists.forget();
    this.details.forget();
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
