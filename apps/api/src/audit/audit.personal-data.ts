import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { ContributesPersonalData, PersonalDataContributor } from '../identity/personal-data.contributor';

interface ActorRow {
  at: Date;
  action: string;
  object_type: string;
  object_id: string | null;
  territory_id: string | null;
}

/**
 * The actions a person took as staff, official or admin are data about them: the "my data" export
 * lists them (what, on which object, when). Erasure leaves them in place: the log is append-only,
 * and once the account's name is erased the entries carry only an opaque id.
 */
@Injectable()
@ContributesPersonalData()
export class AuditPersonalData implements PersonalDataContributor {
  readonly section = 'auditLog';

  async collect(accountId: string, manager: EntityManager): Promise<unknown> {
    const rows: ActorRow[] = await manager.query(
      `SELECT at, action, object_type, object_id, territory_id FROM audit_entries WHERE actor_id = $1 ORDER BY id`,
      [accountId],
    );
    return rows.map((row) => ({
      at: row.at.toISOString(),
      action: row.action,
      objectType: row.object_type,
      objectId: row.object_id,
      territoryId: row.territory_id,
    }));
  }
}
