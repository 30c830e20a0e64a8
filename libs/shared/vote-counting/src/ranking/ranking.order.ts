import { PabulibInstance } from '../pabulib/pabulib.model';
import { RankedProject, RankingTieBreak } from './ranking.model';

/** Voters who listed each project, the first criterion of the `default` tie-break. */
export function listedCounts(instance: PabulibInstance): Int32Array {
  const counts = new Int32Array(instance.projects.length);
  for (const p of instance.votes.projects) counts[p]++;
  return counts;
}

/**
 * Orders projects by a score (higher first, compared by `compare`), then by the tie-break, and
 * numbers the positions 1, 2, 3, …
 */
export function rankProjects<T>(
  instance: PabulibInstance,
  scores: readonly T[],
  compare: (a: T, b: T) => number,
  format: (score: T) => string,
  tieBreak: RankingTieBreak,
): RankedProject[] {
  const listed = tieBreak === 'default' ? listedCounts(instance) : null;
  const ids = instance.projects.map((project) => project.id);
  const order = ids.map((_, p) => p);
  order.sort((a, b) => {
    const byScore = compare(scores[b], scores[a]);
    if (byScore !== 0) return byScore;
    if (listed && listed[a] !== listed[b]) return listed[b] - listed[a];
    return ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0;
  });
  return order.map((p, i) => ({ id: ids[p], position: i + 1, score: format(scores[p]) }));
}
