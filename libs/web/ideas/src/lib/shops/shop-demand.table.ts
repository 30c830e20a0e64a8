import type { ShopDemandRow, ShopType } from '@agora/contracts';

export interface ShopDemandTable {
  /** The shop types that appear, most wished first. */
  types: ShopType[];
  /** One row per territory (quartier or whole city), most wished first; `counts` follows `types`. */
  rows: Array<{ territoryId: string; territoryName: string; counts: number[]; total: number }>;
  totals: number[];
  total: number;
}

/**
 * The accessible alternative to the shop-demand map: a table of wishes, one row per quartier and one
 * column per shop type, with totals. Pure, so it is tested without a browser.
 */
export function shopDemandTable(rows: readonly ShopDemandRow[]): ShopDemandTable {
  const perType = new Map<ShopType, number>();
  const perTerritory = new Map<string, { territoryName: string; byType: Map<ShopType, number>; total: number }>();
  for (const row of rows) {
    perType.set(row.shopType, (perType.get(row.shopType) ?? 0) + row.wishes);
    const territory = perTerritory.get(row.territoryId) ?? {
      territoryName: row.territoryName,
      byType: new Map<ShopType, number>(),
      total: 0,
    };
    territory.byType.set(row.shopType, (territory.byType.get(row.shopType) ?? 0) + row.wishes);
    territory.total += row.wishes;
    perTerritory.set(row.territoryId, territory);
  }
  const types = [...perType.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([type]) => type);
  const tableRows = [...perTerritory.entries()]
    .map(([territoryId, t]) => ({
      territoryId,
      territoryName: t.territoryName,
      counts: types.map((type) => t.byType.get(type) ?? 0),
      total: t.total,
    }))
    .sort((a, b) => b.total - a.total || a.territoryName.localeCompare(b.territoryName));
  return {
    types,
    rows: tableRows,
    totals: types.map((type) => perType.get(type) ?? 0),
    total: tableRows.reduce((sum, row) => sum + row.total, 0),
  };
}
