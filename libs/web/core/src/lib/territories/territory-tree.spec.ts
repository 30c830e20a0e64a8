import type { Territory } from '@agora/contracts';

import {
  buildTerritoryTree,
  flattenTree,
  managedSubtrees,
  quartiersByCommune,
  territoriesUnder,
} from './territory-tree';

function territory(id: string, parentId: string | null, kind: Territory['kind'], name = id): Territory {
  return { id, parentId, kind, name, slug: id, inseeCode: null, hasBoundary: false };
}

const demo: Territory[] = [
  territory('q2', 'c1', 'quartier', 'Ouest'),
  territory('q1', 'c1', 'quartier', 'Est'),
  territory('c2', 'm', 'commune', 'Brivelle'),
  territory('c1', 'm', 'commune', 'Aulnay'),
  territory('m', null, 'metropole', 'Métropole de Démo'),
  territory('q3', 'c2', 'quartier', 'Centre'),
  territory('q3a', 'q3', 'quartier', 'Îlot nord'),
];

describe('territory tree', () => {
  it('nests communes under the métropole and quartiers under their commune, sorted by name', () => {
    const lines = flattenTree(buildTerritoryTree(demo)).map((line) => `${line.depth}:${line.territory.name}`);
    expect(lines).toEqual([
      '0:Métropole de Démo',
      '1:Aulnay',
      '2:Est',
      '2:Ouest',
      '1:Brivelle',
      '2:Centre',
      '3:Îlot nord',
    ]);
  });

  it('treats a territory whose parent is unknown as a root', () => {
    const roots = buildTerritoryTree([territory('q1', 'missing', 'quartier')]);
    expect(roots.map((node) => node.territory.id)).toEqual(['q1']);
  });

  it('survives a cycle in the data without looping forever', () => {
    const cyclic = [
      territory('a', 'b', 'commune'),
      territory('b', 'a', 'commune'),
      territory('r', null, 'metropole'),
    ];
    expect(() => flattenTree(buildTerritoryTree(cyclic))).not.toThrow();
  });

  it('covers the descendants of a territory where a role was granted', () => {
    const ids = territoriesUnder(demo, ['c2']).map((line) => line.territory.id);
    expect(ids).toEqual(['c2', 'q3', 'q3a']);
  });

  it('groups quartiers by commune with the path of nested quartiers', () => {
    const groups = quartiersByCommune(demo).map((group) => [
      group.commune.name,
      group.quartiers.map((q) => q.label),
    ]);
    expect(groups).toEqual([
      ['Aulnay', ['Est', 'Ouest']],
      ['Brivelle', ['Centre', 'Centre › Îlot nord']],
    ]);
  });

  it('gives each managed subtree once, even when a role covers another', () => {
    const roots = managedSubtrees(buildTerritoryTree(demo), ['c2', 'm', 'q1']).map(
      (node) => node.territory.id,
    );
    expect(roots).toEqual(['m']);
  });

  it('gives separate subtrees for roles on unrelated territories', () => {
    const roots = managedSubtrees(buildTerritoryTree(demo), ['q1', 'c2']).map((node) => node.territory.id);
    expect(roots).toEqual(['q1', 'c2']);
  });
});
