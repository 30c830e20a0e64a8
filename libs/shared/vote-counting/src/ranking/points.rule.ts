import { Decimal } from '../numbers/decimal.value';
import { Rational } from '../numbers/rational.value';
import { metaDecimal, PabulibInstance } from '../pabulib/pabulib.model';
import { PointsResult, RankingTieBreak } from './ranking.model';
import { rankProjects } from './ranking.order';

export interface PointsOptions {
  readonly tieBreak?: RankingTieBreak;
  /** Decimals shown for averages and medians (exact values are compared). Defaults to 2. */
  readonly decimals?: number;
}

/**
 * Every voter's points for every project, in units of 10^-pointScale: what they gave, or for a
 * project they did not list, `default_score` for scoring ballots and 0 otherwise (a cumulative
 * ballot leaves out the projects it gives nothing).
 */
function pointsMatrix(instance: PabulibInstance): { columns: Float64Array[]; scale: number } {
  const { offsets, projects, points, pointScale } = instance.votes;
  if (!points) throw new RangeError(`${instance.voteType} ballots without points cannot be averaged`);
  const voters = offsets.length - 1;
  const fallback =
    instance.voteType === 'scoring' ? (metaDecimal(instance, 'default_score') ?? Decimal.ZERO) : Decimal.ZERO;
  const scale = Math.max(pointScale, fallback.scale);
  const factor = 10 ** (scale - pointScale);
  const unlisted = Number(fallback.unitsAt(scale));
  const columns = instance.projects.map(() => new Float64Array(voters).fill(unlisted));
  for (let v = 0; v < voters; v++) {
    for (let k = offsets[v]; k < offsets[v + 1]; k++) columns[projects[k]][v] = points[k] * factor;
  }
  return { columns, scale };
}

/** Ranks projects by the average points all voters gave them (exact rational average). */
export function averagePoints(instance: PabulibInstance, options: PointsOptions = {}): PointsResult {
  const { columns, scale } = pointsMatrix(instance);
  const unit = 10n ** BigInt(scale);
  const voters = BigInt(Math.max(1, instance.votes.voterIds.length));
  const scores = columns.map((column) => {
    let total = 0n;
    for (const value of column) total += BigInt(value);
    return new Rational(total, unit * voters);
  });
  const decimals = options.decimals ?? 2;
  return {
    rule: 'average',
    ranking: rankProjects(instance, scores, (a, b) => a.compare(b), (score) => score.toFixed(decimals), options.tieBreak ?? 'default'),
  };
}

/** Ranks projects by the median of the points all voters gave them (mean of the two middle values). */
export function medianPoints(instance: PabulibInstance, options: PointsOptions = {}): PointsResult {
  const { columns, scale } = pointsMatrix(instance);
  const unit = 10n ** BigInt(scale);
  const scores = columns.map((column) => {
    if (column.length === 0) return Rational.ZERO;
    const sorted = column.slice().sort();
    const middle = sorted.length >> 1;
    const sum = sorted.length % 2 === 1 ? 2n * BigInt(sorted[middle]) : BigInt(sorted[middle - 1]) + BigInt(sorted[middle]);
    return new Rational(sum, 2n * unit);
  });
  const decimals = options.decimals ?? 2;
  return {
    rule: 'median',
    ranking: rankProjects(instance, scores, (a, b) => a.compare(b), (score) => score.toFixed(decimals), options.tieBreak ?? 'default'),
  };
}
