import { shopDemandGrid } from './shop-demand-grid.rule';

describe('shopDemandGrid', () => {
  const at = (lat: number, lng: number, shopType: 'bakery' | 'cafe' = 'bakery', supports = 0) => ({
    shopType,
    lat,
    lng,
    supports,
  });

  it('puts two wishes a few metres apart in the same cell', () => {
    const cells = shopDemandGrid([at(46.85001, 2.04001), at(46.85003, 2.04004, 'cafe', 3)], 250, 46.85);
    expect(cells).toHaveLength(1);
    expect(cells[0]).toMatchObject({ wishes: 2, supports: 3 });
    expect(cells[0].byType).toEqual([
      { shopType: 'bakery', wishes: 1 },
      { shopType: 'cafe', wishes: 1 },
    ]);
  });

  it('separates wishes a kilometre apart', () => {
    expect(shopDemandGrid([at(46.85, 2.04), at(46.86, 2.04)], 250, 46.85)).toHaveLength(2);
  });

  it('makes cells about as wide on the ground as they are tall', () => {
    const [cell] = shopDemandGrid([at(46.85, 2.04)], 250, 46.85);
    const [west, south, east, north] = cell.bounds;
    const heightMetres = (north - south) * 111_320;
    const widthMetres = (east - west) * 111_320 * Math.cos((46.85 * Math.PI) / 180);
    expect(heightMetres).toBeCloseTo(250, 0);
    expect(widthMetres).toBeCloseTo(250, 0);
    expect(cell.lat).toBeGreaterThan(south);
    expect(cell.lat).toBeLessThan(north);
  });

  it('lists the most wished cell first', () => {
    const cells = shopDemandGrid([at(46.86, 2.04), at(46.85, 2.04), at(46.85001, 2.04001)], 250, 46.85);
    expect(cells.map((c) => c.wishes)).toEqual([2, 1]);
  });

  it('answers no cell for no wish', () => {
    expect(shopDemandGrid([], 250, 46.85)).toEqual([]);
  });
});
