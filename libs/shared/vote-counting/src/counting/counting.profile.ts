import { Decimal } from '../numbers/decimal.value';
import { PabulibInstance } from '../pabulib/pabulib.model';
import { SatisfactionKind, TieBreak } from './counting.model';

/**
 * The compact form every rule counts on: typed arrays instead of objects, so that a million ballots
 * cost tens of megabytes and the inner loops run over contiguous memory.
 *
 * Money is exact: amounts are integers in units of 10^-moneyScale currency. Satisfactions are exact
 * integers stored in doubles (cost in money units, 1, or points in units of 10^-pointScale), checked
 * to stay below 2^53 so that float sums of them are exact too.
 */
export interface CountingProfile {
  readonly sat: SatisfactionKind;
  readonly voterCount: number;
  readonly projectCount: number;
  readonly ids: readonly string[];
  readonly costs: readonly Decimal[];
  readonly moneyScale: number;
  /** Points are integers in units of 10^-pointScale (0 without points). */
  readonly pointScale: number;
  /** Costs in money units. */
  readonly costUnits: readonly bigint[];
  readonly budgetUnits: bigint;
  /** Voters who listed each project (used by the `default` tie-break and shown to people). */
  readonly listedBy: Int32Array;
  /** Total satisfaction per project over all ballots, exact (may be ≤ 0 with negative points). */
  readonly totalSat: readonly bigint[];
  /** Supporters (satisfaction > 0) of project p: `supVoters[supOffsets[p] .. supOffsets[p + 1])`. */
  readonly supOffsets: Int32Array;
  readonly supVoters: Int32Array;
  readonly supSat: Float64Array;
  /** The same entries by voter: `voterProjects[voterOffsets[v] .. voterOffsets[v + 1])`. */
  readonly voterOffsets: Int32Array;
  readonly voterProjects: Int32Array;
  readonly voterSat: Float64Array;
  /**
   * False for a profile built without supporter lists (the greedy rules need only totals): the
   * supporter arrays are then empty and the Method of Equal Shares refuses it.
   */
  readonly hasSupporterLists: boolean;
}

/** Thrown when the instance and the options cannot be counted together (no points for `points`). */
export class CountingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CountingError';
  }
}

/** Builds the compact profile of an instance for one satisfaction function. */
export function buildCountingProfile(
  instance: PabulibInstance,
  sat: SatisfactionKind,
  options: { supporterLists?: boolean } = {},
): CountingProfile {
  const lists = options.supporterLists ?? true;
  const projectCount = instance.projects.length;
  const { offsets, projects: entries, points } = instance.votes;
  const voterCount = instance.votes.voterIds.length;
  if (sat === 'points' && !points && instance.voteType !== 'approval' && instance.voteType !== 'choose-1') {
    throw new CountingError(`points satisfaction needs a points column, and this ${instance.voteType} file has none`);
  }
  const moneyScale = Math.max(instance.budget.scale, ...instance.projects.map((p) => p.cost.scale));
  const costUnits = instance.projects.map((p) => p.cost.unitsAt(moneyScale));
  const costSat = costUnits.map((units) => Number(units));
  if (sat === 'cost' && costUnits.some((units) => units > BigInt(Number.MAX_SAFE_INTEGER))) {
    throw new CountingError('a cost is too large to be counted exactly');
  }

  // Satisfaction of ballot entry k: pabutools' Cost_Sat, Cardinality_Sat, or the points given (1 per
  // approval without points), i.e. points[k] or satOfProject[entries[k]]. Not copied per entry:
  // with a million ballots that copy alone would be 40 MB.
  const pointsOfEntry = sat === 'points' && points ? points : null;
  const satOfProject = sat === 'cost' ? Float64Array.from(costSat) : new Float64Array(projectCount).fill(1);

  const listedBy = new Int32Array(projectCount);
  const supCount = new Int32Array(projectCount);
  const totalSatNumber = new Float64Array(projectCount);
  let supported = 0;
  for (let k = 0; k < entries.length; k++) {
    const p = entries[k];
    listedBy[p]++;
    const s = pointsOfEntry ? pointsOfEntry[k] : satOfProject[p];
    totalSatNumber[p] += s;
    if (s > 0) {
      supCount[p]++;
      supported++;
    }
  }
  const totalSat = Array.from(totalSatNumber, (value, p) => {
    // Float sums of integers are exact below 2^53; beyond, the count would not be exact any more.
    if (!Number.isSafeInteger(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER / 4) {
      throw new CountingError(`total satisfaction of project "${instance.projects[p].id}" is too large to count exactly`);
    }
    return BigInt(value);
  });

  const entryCount = lists ? supported : 0;
  const supOffsets = new Int32Array(projectCount + 1);
  if (lists) for (let p = 0; p < projectCount; p++) supOffsets[p + 1] = supOffsets[p] + supCount[p];
  const supVoters = new Int32Array(entryCount);
  const supSat = new Float64Array(entryCount);
  const voterOffsets = new Int32Array(lists ? voterCount + 1 : 1);
  const voterProjects = new Int32Array(entryCount);
  const voterSat = new Float64Array(entryCount);
  if (lists) {
    // Three passes, each reading its input in order (a pass that visits ballots in the new order
    // would jump across the file's arrays for every voter, and take most of the build's time):
    // ballots in file order are copied to their place in the new order, then read in the new order
    // to fill the supporter lists, which so come out sorted by voter.
    const supportedOf = new Int32Array(voterCount);
    const order = localityOrder(instance, projectCount, pointsOfEntry, satOfProject, supCount, supportedOf);
    const placeOf = new Int32Array(voterCount);
    for (let v = 0; v < voterCount; v++) {
      const voter = order[v];
      placeOf[voter] = v;
      voterOffsets[v + 1] = voterOffsets[v] + supportedOf[voter];
    }
    for (let voter = 0; voter < voterCount; voter++) {
      let out = voterOffsets[placeOf[voter]];
      for (let k = offsets[voter], end = offsets[voter + 1]; k < end; k++) {
        const p = entries[k];
        const s = pointsOfEntry ? pointsOfEntry[k] : satOfProject[p];
        if (s <= 0) continue;
        voterProjects[out] = p;
        voterSat[out++] = s;
      }
    }
    const cursor = supOffsets.slice(0, projectCount);
    for (let v = 0; v < voterCount; v++) {
      for (let j = voterOffsets[v], end = voterOffsets[v + 1]; j < end; j++) {
        const at = cursor[voterProjects[j]]++;
        supVoters[at] = v;
        supSat[at] = voterSat[j];
      }
    }
  }

  return {
    sat,
    voterCount,
    projectCount,
    ids: instance.projects.map((p) => p.id),
    costs: instance.projects.map((p) => p.cost),
    moneyScale,
    pointScale: instance.votes.pointScale,
    costUnits,
    budgetUnits: instance.budget.unitsAt(moneyScale),
    listedBy,
    totalSat,
    supOffsets,
    supVoters,
    supSat,
    voterOffsets,
    voterProjects,
    voterSat,
    hasSupporterLists: lists,
  };
}

/**
 * Voters numbered so that supporters of the same project sit close together in memory: by the two
 * most supported projects on their ballot (a counting sort, linear time). The pricing loops then
 * read neighbouring voters, above all for the big projects that cost the most to price, instead of
 * jumping across the electorate; on large instances that is what their speed depends on. Results
 * do not depend on voter order.
 */
function localityOrder(
  instance: PabulibInstance,
  projectCount: number,
  pointsOfEntry: Float64Array | null,
  satOfProject: Float64Array,
  supCount: Int32Array,
  /** Filled: the number of projects each voter supports (positive satisfaction). */
  supportedOf: Int32Array,
): Int32Array {
  const { offsets, projects: entries } = instance.votes;
  const voterCount = supportedOf.length;
  // rank[p] = 0 for the most supported project, 1 for the next, …
  const byPopularity = Array.from({ length: projectCount }, (_, p) => p).sort((a, b) => supCount[b] - supCount[a] || a - b);
  const rank = new Int32Array(projectCount);
  byPopularity.forEach((p, r) => (rank[p] = r));
  const width = projectCount + 1;
  const useSecond = width * width <= Math.max(1 << 16, 4 * voterCount);
  const keys = new Int32Array(voterCount);
  for (let v = 0; v < voterCount; v++) {
    let first = projectCount;
    let second = projectCount;
    let count = 0;
    for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
      const p = entries[k];
      if ((pointsOfEntry ? pointsOfEntry[k] : satOfProject[p]) <= 0) continue;
      count++;
      const r = rank[p];
      if (r < first) {
        second = first;
        first = r;
      } else if (r < second) {
        second = r;
      }
    }
    supportedOf[v] = count;
    keys[v] = useSecond ? first * width + second : first;
  }
  const buckets = new Int32Array((useSecond ? width * width : width) + 1);
  for (let v = 0; v < voterCount; v++) buckets[keys[v] + 1]++;
  for (let b = 1; b < buckets.length; b++) buckets[b] += buckets[b - 1];
  const order = new Int32Array(voterCount);
  for (let v = 0; v < voterCount; v++) order[buckets[keys[v]]++] = v;
  return order;
}

/**
 * Tie-break order as a rank per project (0 wins). Both orders are fixed before counting, which is
 * what makes a declared tie-break auditable.
 */
export function tieBreakRanks(profile: CountingProfile, tieBreak: TieBreak): Int32Array {
  const order = Array.from({ length: profile.projectCount }, (_, p) => p);
  order.sort((a, b) => compareForTieBreak(profile, tieBreak, a, b));
  const ranks = new Int32Array(profile.projectCount);
  order.forEach((p, rank) => (ranks[p] = rank));
  return ranks;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareForTieBreak(profile: CountingProfile, tieBreak: TieBreak, a: number, b: number): number {
  if (tieBreak === 'default') {
    if (profile.listedBy[a] !== profile.listedBy[b]) return profile.listedBy[b] - profile.listedBy[a];
    const ca = profile.costUnits[a];
    const cb = profile.costUnits[b];
    if (ca !== cb) return ca < cb ? -1 : 1;
  }
  return compareIds(profile.ids[a], profile.ids[b]);
}

/** Which criterion of the tie-break puts `chosen` before `next`. */
export function tieDecidedBy(
  profile: CountingProfile,
  tieBreak: TieBreak,
  chosen: number,
  next: number,
): 'supporters' | 'cost' | 'id' {
  if (tieBreak === 'default') {
    if (profile.listedBy[chosen] !== profile.listedBy[next]) return 'supporters';
    if (profile.costUnits[chosen] !== profile.costUnits[next]) return 'cost';
  }
  return 'id';
}
