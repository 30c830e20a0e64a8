import type { ShopDemandCell, ShopType } from '@agora/contracts';

/** Metres per degree of latitude (and of longitude at the equator), close enough for a town map. */
const METRES_PER_DEGREE = 111_320;

export interface ShopWishPoint {
  shopType: ShopType;
  lat: number;
  lng: number;
  supports: number;
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * Groups shop wishes into square cells of about `cellMetres` a side, for the heat/cluster layer: a
 * cell holds every wish whose point falls in it. Longitude degrees shrink with the latitude, so the
 * cell width uses `referenceLat` (the territory's middle) for the whole map: cells stay square on the
 * ground and a wish always lands in the same cell. Cells come most wished first, ties by id.
 */
export function shopDemandGrid(
  wishes: readonly ShopWishPoint[],
  cellMetres: number,
  referenceLat: number,
): ShopDemandCell[] {
  const dLat = cellMetres / METRES_PER_DEGREE;
  const dLng = cellMetres / (METRES_PER_DEGREE * Math.max(Math.cos((referenceLat * Math.PI) / 180), 0.01));
  const cells = new Map<string, { row: number; col: number; wishes: number; supports: number; types: Map<ShopType, number> }>();
  for (const wish of wishes) {
    const row = Math.floor(wish.lat / dLat);
    const col = Math.floor(wish.lng / dLng);
    const id = `${row}:${col}`;
    const cell = cells.get(id) ?? { row, col, wishes: 0, supports: 0, types: new Map<ShopType, number>() };
    cell.wishes += 1;
    cell.supports += wish.supports;
    cell.types.set(wish.shopType, (cell.types.get(wish.shopType) ?? 0) + 1);
    cells.set(id, cell);
  }
  return [...cells.entries()]
    .map(([id, cell]) => {
      const south = cell.row * dLat;
      const west = cell.col * dLng;
      return {
        id,
        lat: round(south + dLat / 2),
        lng: round(west + dLng / 2),
        bounds: [round(west), round(south), round(west + dLng), round(south + dLat)] as [number, number, number, number],
        wishes: cell.wishes,
        supports: cell.supports,
        byType: [...cell.types.entries()]
          .map(([shopType, count]) => ({ shopType, wishes: count }))
          .sort((a, b) => b.wishes - a.wishes || a.shopType.localeCompare(b.shopType)),
      };
    })
    .sort((a, b) => b.wishes - a.wishes || b.supports - a.supports || a.id.localeCompare(b.id));
}
