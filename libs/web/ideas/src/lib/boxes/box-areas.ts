import type { IdeaBoxDetail } from '@agora/contracts';
import type { MapArea } from '@agora/web-ui';

/** The idea box's quartiers with a boundary, as map outlines. */
export function boxAreas(box: IdeaBoxDetail): MapArea[] {
  return box.quartiers.flatMap((q) => (q.boundary ? [{ id: q.id, label: q.name, boundary: q.boundary }] : []));
}
