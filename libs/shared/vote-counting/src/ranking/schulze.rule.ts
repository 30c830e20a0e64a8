import { PabulibInstance } from '../pabulib/pabulib.model';
import { RankingTieBreak, SchulzeResult } from './ranking.model';
import { rankProjects } from './ranking.order';

/**
 * The Schulze method over ordinal ballots. A ballot ranks its listed projects in order and puts
 * them all above the projects it leaves out; unlisted projects are tied with each other.
 *
 * pairwise[i][j] counts voters preferring i to j. The strength of a path is its weakest link, and
 * only links i → j with pairwise[i][j] > pairwise[j][i] count (winning votes); strongestPath is the
 * widest path, computed Floyd–Warshall style. i beats j when strongestPath[i][j] > strongestPath[j][i].
 */
export function schulze(instance: PabulibInstance, options: { tieBreak?: RankingTieBreak } = {}): SchulzeResult {
  const size = instance.projects.length;
  const { offsets, projects } = instance.votes;
  const pairwise = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  // position[p] = rank of p in the current ballot, or size when unranked.
  const position = new Int32Array(size).fill(size);
  for (let v = 0; v + 1 < offsets.length; v++) {
    for (let k = offsets[v]; k < offsets[v + 1]; k++) position[projects[k]] = k - offsets[v];
    for (let k = offsets[v]; k < offsets[v + 1]; k++) {
      const i = projects[k];
      const row = pairwise[i];
      for (let j = 0; j < size; j++) if (position[i] < position[j]) row[j]++;
    }
    for (let k = offsets[v]; k < offsets[v + 1]; k++) position[projects[k]] = size;
  }

  const strongestPath = pairwise.map((row, i) => row.map((count, j) => (i !== j && count > pairwise[j][i] ? count : 0)));
  for (let via = 0; via < size; via++) {
    for (let i = 0; i < size; i++) {
      if (i === via || strongestPath[i][via] === 0) continue;
      for (let j = 0; j < size; j++) {
        if (j === i || j === via) continue;
        const through = Math.min(strongestPath[i][via], strongestPath[via][j]);
        if (through > strongestPath[i][j]) strongestPath[i][j] = through;
      }
    }
  }

  const wins = strongestPath.map((row, i) => row.filter((strength, j) => strength > strongestPath[j][i]).length);
  const ids = instance.projects.map((project) => project.id);
  const winners = ids.filter((_, i) => ids.every((__, j) => j === i || strongestPath[i][j] >= strongestPath[j][i]));
  return {
    rule: 'schulze',
    ids,
    pairwise,
    strongestPath,
    ranking: rankProjects(instance, wins, (a, b) => a - b, String, options.tieBreak ?? 'default'),
    winners,
  };
}
