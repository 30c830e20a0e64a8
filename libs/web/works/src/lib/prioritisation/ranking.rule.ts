/**
 * The order a resident gives a quartier's works, changed by dragging or by the move buttons. Pure, so
 * the page, the keyboard and the drag-and-drop all go through the same moves and the same sentence
 * for screen readers.
 */

/** The list with the item at `from` moved to `to` (both 0-based, clamped to the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  if (from < 0 || from >= next.length) return next;
  const target = Math.min(Math.max(to, 0), next.length - 1);
  const [item] = next.splice(from, 1);
  next.splice(target, 0, item);
  return next;
}

/** One step up (towards first place) or down; the list is unchanged at either end. */
export function moveBy<T>(list: readonly T[], id: T, step: -1 | 1): { list: T[]; moved: boolean } {
  const from = list.indexOf(id);
  const to = from + step;
  if (from === -1 || to < 0 || to >= list.length) return { list: [...list], moved: false };
  return { list: moveItem(list, from, to), moved: true };
}

/** The ranking to cast: every work once, in the resident's order; `null` when the order is incomplete. */
export function rankingToCast(order: readonly string[], workIds: readonly string[]): string[] | null {
  const known = new Set(workIds);
  const seen = new Set<string>();
  for (const id of order) {
    if (!known.has(id) || seen.has(id)) return null;
    seen.add(id);
  }
  return seen.size === known.size ? [...order] : null;
}

/** What a screen reader hears after a move: the key and its parameters (1-based position). */
export function movedAnnouncement(
  order: readonly string[],
  id: string,
  title: string,
): { key: string; params: { title: string; position: number; count: number } } {
  return {
    key: 'works.ballot.moved',
    params: { title, position: order.indexOf(id) + 1, count: order.length },
  };
}
