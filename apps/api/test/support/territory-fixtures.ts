import type { TerritoryBoundary, TerritoryKind } from '@agora/contracts';

import { boundingBox } from '../../src/territories/point-in-polygon.rule';
import type { TestContext } from './test-app';

/** A closed rectangle ring, counter-clockwise. */
export function rect(minLng: number, minLat: number, maxLng: number, maxLat: number): number[][] {
  return [
    [minLng, minLat],
    [maxLng, minLat],
    [maxLng, maxLat],
    [minLng, maxLat],
    [minLng, minLat],
  ];
}

export function polygon(...rings: number[][][]): TerritoryBoundary {
  return { type: 'Polygon', coordinates: rings };
}

/** Inserts a territory straight into the database (the roots, which no API route creates, and fixtures). */
export async function insertTerritory(
  ctx: TestContext,
  values: {
    name: string;
    slug: string;
    kind: TerritoryKind;
    parentId?: string | null;
    inseeCode?: string | null;
    boundary?: TerritoryBoundary | null;
  },
): Promise<string> {
  const box = values.boundary ? boundingBox(values.boundary) : null;
  const [row] = await ctx.sql<{ id: string }>(
    `INSERT INTO territories (parent_id, name, slug, kind, insee_code, boundary, bbox_min_lng, bbox_min_lat, bbox_max_lng, bbox_max_lat)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10) RETURNING id`,
    [
      values.parentId ?? null,
      values.name,
      values.slug,
      values.kind,
      values.inseeCode ?? null,
      values.boundary ? JSON.stringify(values.boundary) : null,
      box?.minLng ?? null,
      box?.minLat ?? null,
      box?.maxLng ?? null,
      box?.maxLat ?? null,
    ],
  );
  return row.id;
}

export interface SmallTree {
  metropole: string;
  communeA: string;
  communeB: string;
  /** Quartier of A, (0,0)–(5,5), with a hole (1,1)–(2,2). */
  quartierA1: string;
  /** Quartier of A, (0,5)–(5,10). */
  quartierA2: string;
}

/**
 * A métropole (0,0)–(10,10) with commune A on the west half (two quartiers, one with a hole) and
 * commune B on the east half (no quartier). Coordinates near (0, 0) keep the arithmetic readable.
 */
export async function insertSmallTree(ctx: TestContext): Promise<SmallTree> {
  const metropole = await insertTerritory(ctx, {
    name: 'Métropole Test',
    slug: 'metropole-test',
    kind: 'metropole',
    boundary: polygon(rect(0, 0, 10, 10)),
  });
  const communeA = await insertTerritory(ctx, {
    name: 'Commune A',
    slug: 'commune-a',
    kind: 'commune',
    parentId: metropole,
    inseeCode: '44109',
    boundary: polygon(rect(0, 0, 5, 10)),
  });
  const communeB = await insertTerritory(ctx, {
    name: 'Commune B',
    slug: 'commune-b',
    kind: 'commune',
    parentId: metropole,
    inseeCode: '2A004',
    boundary: polygon(rect(5, 0, 10, 10)),
  });
  const quartierA1 = await insertTerritory(ctx, {
    name: 'Quartier A1',
    slug: 'quartier-a1',
    kind: 'quartier',
    parentId: communeA,
    boundary: polygon(rect(0, 0, 5, 5), rect(1, 1, 2, 2)),
  });
  const quartierA2 = await insertTerritory(ctx, {
    name: 'Quartier A2',
    slug: 'quartier-a2',
    kind: 'quartier',
    parentId: communeA,
    boundary: polygon(rect(0, 5, 5, 10)),
  });
  return { metropole, communeA, communeB, quartierA1, quartierA2 };
}
