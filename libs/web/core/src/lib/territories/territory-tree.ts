import type { Territory, TerritoryKind } from '@agora/contracts';

import { compareNames } from '../i18n/name-order';

export interface TerritoryNode {
  territory: Territory;
  depth: number;
  children: TerritoryNode[];
}

/** One line of a flattened tree, for selects and indented lists. */
export interface TerritoryLine {
  territory: Territory;
  depth: number;
}

export interface QuartierGroup {
  commune: Territory;
  quartiers: Array<{ territory: Territory; label: string }>;
}

const KIND_ORDER: Record<TerritoryKind, number> = { metropole: 0, epci: 1, commune: 2, quartier: 3 };

function compareTerritories(a: Territory, b: Territory): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || compareNames(a.name, b.name);
}

/** Builds the tree from the flat list the API returns; a territory whose parent is unknown becomes a root. */
export function buildTerritoryTree(territories: readonly Territory[]): TerritoryNode[] {
  const ids = new Set(territories.map((territory) => territory.id));
  const childrenOf = new Map<string | null, Territory[]>();
  for (const territory of territories) {
    const parent = territory.parentId && ids.has(territory.parentId) ? territory.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), territory]);
  }
  const visit = (parentId: string | null, depth: number, seen: Set<string>): TerritoryNode[] =>
    (childrenOf.get(parentId) ?? [])
      .filter((territory) => !seen.has(territory.id))
      .sort(compareTerritories)
      .map((territory) => ({
        territory,
        depth,
        children: visit(territory.id, depth + 1, new Set([...seen, territory.id])),
      }));
  return visit(null, 0, new Set());
}

export function flattenTree(nodes: readonly TerritoryNode[]): TerritoryLine[] {
  return nodes.flatMap((node) => [
    { territory: node.territory, depth: node.depth },
    ...flattenTree(node.children),
  ]);
}

export function findNode(nodes: readonly TerritoryNode[], id: string): TerritoryNode | null {
  for (const node of nodes) {
    if (node.territory.id === id) return node;
    const found = findNode(node.children, id);
    if (found) return found;
  }
  return null;
}

/**
 * The territories a person manages: those where a role was granted and all their descendants (a role
 * on a métropole covers its communes and quartiers). Tree order, depth relative to the whole tree.
 */
export function territoriesUnder(
  territories: readonly Territory[],
  grantedIds: readonly string[],
): TerritoryLine[] {
  const granted = new Set(grantedIds);
  const lines: TerritoryLine[] = [];
  const visit = (nodes: readonly TerritoryNode[], covered: boolean) => {
    for (const node of nodes) {
      const isCovered = covered || granted.has(node.territory.id);
      if (isCovered) lines.push({ territory: node.territory, depth: node.depth });
      visit(node.children, isCovered);
    }
  };
  visit(buildTerritoryTree(territories), false);
  return lines;
}

/** Quartiers grouped by their commune, for a select with one group per commune. */
export function quartiersByCommune(territories: readonly Territory[]): QuartierGroup[] {
  const groups: QuartierGroup[] = [];
  const collect = (nodes: readonly TerritoryNode[], group: QuartierGroup | null, path: string[]) => {
    for (const node of nodes) {
      const { territory } = node;
      if (territory.kind === 'commune') {
        const commune: QuartierGroup = { commune: territory, quartiers: [] };
        groups.push(commune);
        collect(node.children, commune, []);
      } else if (territory.kind === 'quartier' && group) {
        const label = [...path, territory.name].join(' › ');
        group.quartiers.push({ territory, label });
        collect(node.children, group, [...path, territory.name]);
      } else {
        collect(node.children, group, path);
      }
    }
  };
  collect(buildTerritoryTree(territories), null, []);
  return groups.filter((group) => group.quartiers.length > 0);
}

/** The subtrees a person manages, each once: a commune inside a managed métropole is not repeated. */
export function managedSubtrees(
  nodes: readonly TerritoryNode[],
  grantedIds: readonly string[],
): TerritoryNode[] {
  const granted = new Set(grantedIds);
  return nodes.flatMap((node) =>
    granted.has(node.territory.id) ? [node] : managedSubtrees(node.children, grantedIds),
  );
}
