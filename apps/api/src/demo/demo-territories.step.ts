import { Injectable } from '@nestjs/common';

import { checkBoundary } from '../territories/geojson.rule';
import { boundaryColumns } from '../territories/territory.mapper';
import { DemoSeed, DemoSeedContext, DemoSeedStep } from './demo-seed.step';
import { DEMO_LEGAL_INFO, DEMO_METROPOLE_SLUG, demoTerritories } from './demo-territories.data';

/** The demo métropole, its communes and quartiers, and its legal pages; what exists already is left alone. */
@Injectable()
@DemoSeed()
export class DemoTerritoriesStep implements DemoSeedStep {
  readonly name = 'territories';
  readonly order = 10;

  async run({ manager, territories }: DemoSeedContext): Promise<void> {
    for (const territory of demoTerritories()) {
      const checked = checkBoundary(territory.boundary);
      if (!checked.ok)
        throw new Error(`Demo boundary of ${territory.slug} is invalid: ${checked.problems[0].path}`);
      const columns = boundaryColumns(checked);
      const parentId = territory.parentSlug ? territories.get(territory.parentSlug) : null;
      await manager.query(
        `INSERT INTO territories (parent_id, name, slug, kind, insee_code, boundary, bbox_min_lng, bbox_min_lat, bbox_max_lng, bbox_max_lat)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10)
         ON CONFLICT (slug) DO NOTHING`,
        [
          parentId ?? null,
          territory.name,
          territory.slug,
          territory.kind,
          territory.inseeCode,
          JSON.stringify(columns.boundary),
          columns.bboxMinLng,
          columns.bboxMinLat,
          columns.bboxMaxLng,
          columns.bboxMaxLat,
        ],
      );
      const [row]: Array<{ id: string }> = await manager.query(`SELECT id FROM territories WHERE slug = $1`, [
        territory.slug,
      ]);
      territories.set(territory.slug, row.id);
    }
    await manager.query(`UPDATE territories SET legal = $1::jsonb WHERE slug = $2 AND legal IS NULL`, [
      JSON.stringify(DEMO_LEGAL_INFO),
      DEMO_METROPOLE_SLUG,
    ]);
  }
}
