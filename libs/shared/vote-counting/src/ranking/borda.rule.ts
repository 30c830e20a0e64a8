import { metaInteger, PabulibInstance } from '../pabulib/pabulib.model';
import { BordaResult, RankingTieBreak } from './ranking.model';
import { rankProjects } from './ranking.order';

export interface BordaOptions {
  /**
   * Number of positions a ballot may fill: position k (0 = first) earns `positions − k` points and
   * an unranked project none. Defaults to META `max_length`, else the number of projects — so with
   * Kraków's three choices the points are 3, 2, 1, as in the file.
   */
  readonly positions?: number;
  readonly tieBreak?: RankingTieBreak;
}

/** Borda count over ordinal ballots (the order of each ballot's `vote` list). */
export function bordaCount(instance: PabulibInstance, options: BordaOptions = {}): BordaResult {
  const positions = options.positions ?? metaInteger(instance, 'max_length') ?? instance.projects.length;
  const { offsets, projects } = instance.votes;
  const scores = new Array<number>(instance.projects.length).fill(0);
  for (let v = 0; v + 1 < offsets.length; v++) {
    for (let k = offsets[v]; k < offsets[v + 1]; k++) scores[projects[k]] += Math.max(0, positions - (k - offsets[v]));
  }
  return {
    rule: 'borda',
    pointsByPosition: Array.from({ length: positions }, (_, k) => positions - k),
    ranking: rankProjects(instance, scores, (a, b) => a - b, String, options.tieBreak ?? 'default'),
  };
}
