import type { RoleName } from '@agora/contracts';

/** Who runs a process from the back office: its officials (and admins), or its staff. */
export type TeamRole = 'official' | 'staff';

/**
 * The back-office role the person holds on a territory: roles are inherited down the tree, so a
 * role on the territory itself or on any territory above it counts (a quartier's staff do not run
 * their commune's process). Officials and admins come first: they see the dashboard.
 */
export function teamRoleFor(
  grants: ReadonlyArray<{ role: RoleName; territoryId: string }>,
  territories: ReadonlyArray<{ id: string; parentId: string | null }>,
  territoryId: string,
): TeamRole | null {
  const parents = new Map(territories.map((t) => [t.id, t.parentId]));
  const chain = new Set<string>();
  for (let id: string | null | undefined = territoryId; id && !chain.has(id); id = parents.get(id))
    chain.add(id);
  const held = new Set(grants.filter((grant) => chain.has(grant.territoryId)).map((grant) => grant.role));
  if (held.has('official') || held.has('admin')) return 'official';
  return held.has('staff') ? 'staff' : null;
}
