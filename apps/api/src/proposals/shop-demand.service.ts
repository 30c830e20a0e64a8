import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { ShopDemandRow } from '@agora/contracts';

import { isUuid } from '../access/id.rule';
import { proposalErrors } from './proposal.errors';

/**
 * "Implantation de commerces": how many residents wish for which shop where. Counts only, no names,
 * so the figures are public (map layer, open data) and the city's economic team can take the CSV.
 */
@Injectable()
export class ShopDemandService {
  constructor(private readonly dataSource: DataSource) {}

  async demand(processId: string): Promise<ShopDemandRow[]> {
    if (!isUuid(processId)) throw proposalErrors.processNotFound();
    const [process] = await this.dataSource.query(`SELECT 1 FROM processes WHERE id = $1`, [processId]);
    if (!process) throw proposalErrors.processNotFound();
    return this.dataSource.query(
      `SELECT p.shop_type AS "shopType", p.territory_id AS "territoryId", t.name AS "territoryName",
              count(*)::int AS wishes,
              coalesce(sum((SELECT count(*) FROM proposal_supports s WHERE s.proposal_id = p.id)), 0)::int AS supports
       FROM proposals p JOIN territories t ON t.id = p.territory_id
       WHERE p.process_id = $1 AND p.kind = 'shop' AND p.hidden_at IS NULL
         AND p.status NOT IN ('draft', 'withdrawn', 'merged')
       GROUP BY p.shop_type, p.territory_id, t.name
       ORDER BY wishes DESC, supports DESC, p.shop_type, t.name`,
      [processId],
    );
  }
}
