import type { TerritoryKind } from '@agora/contracts';

/**
 * Which kind may sit under which: the French administrative nesting. A commune belongs to a
 * métropole or another intercommunalité (EPCI), or stands alone as the root of its own platform; a
 * quartier splits a commune, and may itself be split (large quartiers have sous-quartiers).
 */
const ALLOWED_PARENTS: Record<TerritoryKind, ReadonlyArray<TerritoryKind | null>> = {
  metropole: [null],
  epci: [null],
  commune: ['metropole', 'epci', null],
  quartier: ['commune', 'quartier'],
};

export function canNest(kind: TerritoryKind, parentKind: TerritoryKind | null): boolean {
  return ALLOWED_PARENTS[kind].includes(parentKind);
}

/** The kinds that may be created under a parent of this kind. */
export function childKindsOf(parentKind: TerritoryKind | null): TerritoryKind[] {
  return (Object.keys(ALLOWED_PARENTS) as TerritoryKind[]).filter((kind) => canNest(kind, parentKind));
}

/** INSEE codes (code officiel géographique) identify communes; groupings and quartiers have none. */
export function hasInseeCode(kind: TerritoryKind): boolean {
  return kind === 'commune';
}
