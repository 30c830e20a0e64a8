/**
 * Ranking rules order a list (a quartier's planned works) instead of funding within a budget. Their
 * results are plain data, ids as strings, amounts as exact decimal strings.
 */

/** A project's place in a ranking. Equal scores share a position only if the tie-break cannot separate them. */
export interface RankedProject {
  readonly id: string;
  /** 1-based position after tie-breaking. */
  readonly position: number;
  /** The score that ranks it (Borda points, Schulze wins, average or median points), exact. */
  readonly score: string;
}

export interface BordaResult {
  readonly rule: 'borda';
  /** Points for the first, second, … position of a ballot. */
  readonly pointsByPosition: readonly number[];
  readonly ranking: readonly RankedProject[];
}

export interface SchulzeResult {
  readonly rule: 'schulze';
  /** Project ids in matrix order. */
  readonly ids: readonly string[];
  /** pairwise[i][j]: voters who rank project i above project j (ranked beats unranked). */
  readonly pairwise: readonly (readonly number[])[];
  /** strongestPath[i][j]: strength of the strongest path from i to j (widest path over pairwise wins). */
  readonly strongestPath: readonly (readonly number[])[];
  /** Ranking by number of projects beaten in strongest paths, then by the tie-break. */
  readonly ranking: readonly RankedProject[];
  /** The Schulze winners: projects no other project beats. Several when the electorate is split evenly. */
  readonly winners: readonly string[];
}

export interface PointsResult {
  readonly rule: 'average' | 'median';
  readonly ranking: readonly RankedProject[];
}

/** How rankings break ties: `id` = smaller id first; `default` = more supporters first, then id. */
export type RankingTieBreak = 'default' | 'id';
