import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';

import type { ImportQuartiersRequest, ImportQuartiersResult, Territory } from '@agora/contracts';

import { AuditService } from '../audit/audit.service';
import type { GeoJsonProblem } from './geojson.rule';
import { readQuartierFeatures } from './quartier-import.rule';
import { TerritoriesService } from './territories.service';
import { canNest } from './territory-kind.rule';
import { TerritoryEntity } from './territory.entity';
import { territoryErrors } from './territory.errors';
import { boundaryColumns, territoryAuditSnapshot, toTerritory } from './territory.mapper';

/**
 * Imports a GeoJSON FeatureCollection of quartiers under a commune (or a quartier): creates the new
 * ones and updates those already there, matched by slug. All or nothing, in one transaction: a file
 * half imported would leave a town with a patchwork of old and new quartiers.
 */
@Injectable()
export class QuartierImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly territories: TerritoriesService,
    private readonly audit: AuditService,
  ) {}

  async import(
    actorId: string,
    parentId: string,
    request: ImportQuartiersRequest,
  ): Promise<ImportQuartiersResult> {
    const file = readQuartierFeatures(request.features, request.crs);
    if (!file.ok) throw territoryErrors.importInvalid(file.problems);

    const result = await this.dataSource.transaction(async (manager) => {
      // Locking the parent serialises two imports into the same commune.
      const parent = await manager.findOne(TerritoryEntity, {
        where: { id: parentId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!parent) throw territoryErrors.notFound();
      if (!canNest('quartier', parent.kind)) throw territoryErrors.kindNesting('quartier', parent.kind);

      const slugs = file.quartiers.map((quartier) => quartier.slug);
      const existing = new Map(
        (
          await manager.find(TerritoryEntity, {
            where: { slug: In(slugs) },
            lock: { mode: 'pessimistic_write' },
          })
        ).map((t) => [t.slug, t]),
      );
      const taken: GeoJsonProblem[] = [];
      for (const quartier of file.quartiers) {
        const other = existing.get(quartier.slug);
        if (other && (other.parentId !== parent.id || other.kind !== 'quartier')) {
          taken.push({
            path: `features[${quartier.index}].properties.slug`,
            code: 'slugTaken',
            message: {
              fr: `Le nom court « ${quartier.slug} » est déjà utilisé par « ${other.name} », ailleurs dans l’arborescence.`,
              en: `The short name "${quartier.slug}" is already used by "${other.name}", elsewhere in the tree.`,
            },
          });
        }
      }
      if (taken.length > 0) throw territoryErrors.importSlugsTaken(taken);

      let created = 0;
      let updated = 0;
      const ids: string[] = [];
      for (const quartier of file.quartiers) {
        const current = existing.get(quartier.slug);
        const values = { name: quartier.name, ...boundaryColumns(quartier) };
        if (!current) {
          const row = {
            parentId: parent.id,
            slug: quartier.slug,
            kind: 'quartier' as const,
            inseeCode: null,
            ...values,
          };
          const id = await this.territories.insert(row, manager);
          await this.audit.record(
            {
              actorId,
              action: 'territory.create',
              objectType: 'territory',
              objectId: id,
              territoryId: id,
              before: null,
              after: territoryAuditSnapshot(row),
            },
            manager,
          );
          created += 1;
          ids.push(id);
          continue;
        }
        const before = territoryAuditSnapshot(current);
        const after = territoryAuditSnapshot({ ...current, ...values });
        if (JSON.stringify(before) !== JSON.stringify(after)) {
          await this.territories.updateRow(current.id, values, manager);
          await this.audit.record(
            {
              actorId,
              action: 'territory.update',
              objectType: 'territory',
              objectId: current.id,
              territoryId: current.id,
              before,
              after,
            },
            manager,
          );
          updated += 1;
        }
        ids.push(current.id);
      }

      const saved = new Map(
        (await manager.find(TerritoryEntity, { where: { id: In(ids) } })).map((t) => [t.id, t]),
      );
      const territories: Territory[] = ids.map((id) => toTerritory(saved.get(id) as TerritoryEntity));
      return { created, updated, territories };
    });
    this.territories.forgetPublicReads();
    return result;
  }
}
