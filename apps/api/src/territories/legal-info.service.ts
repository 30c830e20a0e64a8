import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { LegalInfo } from '@agora/contracts';

import { AuditService } from '../audit/audit.service';
import { TerritoriesService } from './territories.service';
import { TerritoryEntity } from './territory.entity';
import { territoryErrors } from './territory.errors';

/** The field order of LegalInfo; stored and returned in this shape only, whatever the request carried. */
function pickLegalInfo(info: LegalInfo): LegalInfo {
  return {
    publisherName: info.publisherName,
    publisherAddress: info.publisherAddress,
    publicationDirector: info.publicationDirector,
    host: info.host,
    dpoName: info.dpoName,
    dpoContact: info.dpoContact,
    dataProcessing: info.dataProcessing,
    retention: info.retention,
    accessibilityStatus: info.accessibilityStatus,
    accessibilityDetails: info.accessibilityDetails,
    accessibilityContact: info.accessibilityContact,
  };
}

/**
 * Mentions légales, données personnelles and the déclaration d'accessibilité. A commune usually
 * publishes under its métropole's: a territory without its own inherits from the nearest ancestor.
 */
@Injectable()
export class LegalInfoService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly territories: TerritoriesService,
    private readonly audit: AuditService,
  ) {}

  async get(idOrSlug: string): Promise<LegalInfo> {
    const territory = await this.territories.find(idOrSlug);
    const [row]: Array<{ legal: LegalInfo }> = await this.dataSource.query(
      `WITH RECURSIVE up AS (
         SELECT id, parent_id, legal, 0 AS depth FROM territories WHERE id = $1
         UNION ALL
         SELECT p.id, p.parent_id, p.legal, up.depth + 1 FROM territories p JOIN up ON p.id = up.parent_id
         WHERE up.legal IS NULL AND up.depth < 100
       )
       SELECT legal FROM up WHERE legal IS NOT NULL ORDER BY depth LIMIT 1`,
      [territory.id],
    );
    if (!row) throw territoryErrors.legalInfoMissing();
    return pickLegalInfo(row.legal);
  }

  async put(actorId: string, territoryId: string, info: LegalInfo): Promise<LegalInfo> {
    const legal = pickLegalInfo(info);
    await this.dataSource.transaction(async (manager) => {
      const territory = await manager.findOne(TerritoryEntity, {
        where: { id: territoryId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!territory) throw territoryErrors.notFound();
      // jsonb reorders keys: compare in LegalInfo's own order.
      if (territory.legal && JSON.stringify(pickLegalInfo(territory.legal)) === JSON.stringify(legal)) return;
      await manager.update(TerritoryEntity, { id: territoryId }, { legal, updatedAt: () => 'now()' });
      await this.audit.record(
        {
          actorId,
          action: 'territory.legal.update',
          objectType: 'territory',
          objectId: territoryId,
          territoryId,
          before: territory.legal,
          after: legal,
        },
        manager,
      );
    });
    return legal;
  }
}
