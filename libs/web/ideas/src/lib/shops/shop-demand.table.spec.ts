import { shopDemandTable } from './shop-demand.table';

describe('shopDemandTable', () => {
  const row = (shopType: 'bakery' | 'cafe', territoryId: string, wishes: number) => ({
    shopType,
    territoryId,
    territoryName: territoryId === 'a' ? 'Les Tilleuls' : 'La Gare',
    wishes,
    supports: 0,
  });

  it('puts one quartier per row and one shop type per column, most wished first', () => {
    const table = shopDemandTable([row('cafe', 'a', 1), row('bakery', 'a', 2), row('bakery', 'b', 4)]);
    expect(table.types).toEqual(['bakery', 'cafe']);
    expect(table.rows).toEqual([
      { territoryId: 'b', territoryName: 'La Gare', counts: [4, 0], total: 4 },
      { territoryId: 'a', territoryName: 'Les Tilleuls', counts: [2, 1], total: 3 },
    ]);
    expect(table.totals).toEqual([6, 1]);
    expect(table.total).toBe(7);
  });

  it('gives an empty table for no wish', () => {
    expect(shopDemandTable([])).toEqual({ types: [], rows: [], totals: [], total: 0 });
  });
});
