import { CountingProfile } from './counting.profile';

/** What every run of the Method of Equal Shares on one profile shares (built once, reused by add1). */
export interface EqualSharesSetup {
  readonly profile: CountingProfile;
  /** Costs in ledger units (1/(10^moneyScale × voters) currency). */
  readonly costs: readonly bigint[];
  readonly costFloat: Float64Array;
  readonly tieRanks: Int32Array;
  /** Projects the method may fund: supported and not free. */
  readonly candidates: readonly number[];
  /** ρ with every supporter paying in full, cost / Σ satisfaction: a lower bound for the whole run. */
  readonly initialLowerBound: Float64Array;
  /** Largest satisfaction a supporter gets from each project (bounds how ρ's error spreads). */
  readonly maxSat: Float64Array;
  /** Smallest satisfaction a supporter gets from each project (bounds what a rich supporter pays). */
  readonly minSat: Float64Array;
  /**
   * The satisfaction every supporter gets from each project when it is the same for all (always
   * with cost and cardinality satisfaction), else 0: the hot loops then need not read it per voter.
   */
  readonly uniformSat: Float64Array;
  /**
   * overlap[p × projects + q] = number of voters who support both p and q (supporters: positive
   * satisfaction). Funding p can change q's price only when it is positive, and it bounds from below
   * how much money q's supporters lose when p is funded. Null when there are too many projects for
   * a projects² matrix or too much work (Σ ballot length²) to fill it.
   */
  readonly overlap: Int32Array | null;
  /**
   * Per-voter arrays of runs the add1 completion has discarded, for the next run to reuse: a run
   * on a million voters needs 24 MB of them, and allocating them afresh for every rerun makes the
   * garbage collector walk the whole heap (a million voter ids) again and again.
   */
  readonly spare: RunBuffers[];
  /** Σ satisfaction of each project's supporters (an exact integer). */
  readonly satTotal: Float64Array;
  /** Ledger units in one currency unit (10^moneyScale × voters): what add1 adds to each share. */
  readonly unitsPerCurrency: bigint;
  /** The state where the last recording run's poor-free prefix ended (see equal-shares.prefix.ts). */
  snapshot: PrefixSnapshot | null;
}

/** A run's state at the end of its certified poor-free prefix, to start the next add1 rerun from. */
export interface PrefixSnapshot {
  /** The run it was taken from (a later run overwrites it). */
  owner: object | null;
  /** Rounds of the prefix. */
  rounds: number;
  readonly wallet: Float64Array;
  readonly glance: Float32Array;
  readonly moneyCap: Float64Array;
  maxError: number;
}

/** The per-voter arrays of one run (see EqualSharesRun). */
export interface RunBuffers {
  readonly wallet: Float64Array;
  readonly glance: Float32Array;
  readonly zeroedAt: Int32Array;
}

/** Beyond this many projects the matrix would take more memory than it is worth (4 MB). */
const OVERLAP_PROJECT_LIMIT = 1024;
/** Σ ballot length² of the matrix: 25 million for a million ballots of five, filled in tens of ms. */
const OVERLAP_WORK_LIMIT = 2e8;

export function buildEqualSharesSetup(profile: CountingProfile, tieRanks: Int32Array): EqualSharesSetup {
  const voters = BigInt(profile.voterCount);
  const costs = profile.costUnits.map((units) => units * voters);
  const candidates: number[] = [];
  const initialLowerBound = new Float64Array(profile.projectCount);
  const costFloat = Float64Array.from(costs, (c) => Number(c));
  const maxSat = new Float64Array(profile.projectCount);
  const minSat = new Float64Array(profile.projectCount).fill(Infinity);
  for (let p = 0; p < profile.projectCount; p++) {
    if (profile.supOffsets[p + 1] === profile.supOffsets[p] || profile.costUnits[p] === 0n) continue;
    candidates.push(p);
    let total = 0;
    for (let k = profile.supOffsets[p]; k < profile.supOffsets[p + 1]; k++) {
      total += profile.supSat[k];
      maxSat[p] = Math.max(maxSat[p], profile.supSat[k]);
      minSat[p] = Math.min(minSat[p], profile.supSat[k]);
    }
    // Any poor supporter only raises ρ above this; the margin covers the division's rounding.
    initialLowerBound[p] = (costFloat[p] / total) * (1 - 1e-15);
  }
  const uniformSat = maxSat.map((most, p) => (most === minSat[p] ? most : 0));
  const satTotal = new Float64Array(profile.projectCount);
  for (let p = 0; p < profile.projectCount; p++) {
    for (let k = profile.supOffsets[p]; k < profile.supOffsets[p + 1]; k++) satTotal[p] += profile.supSat[k];
  }
  return {
    profile,
    costs,
    costFloat,
    tieRanks,
    candidates,
    initialLowerBound,
    maxSat,
    minSat,
    uniformSat,
    overlap: supportOverlap(profile),
    spare: [],
    satTotal,
    unitsPerCurrency: 10n ** BigInt(profile.moneyScale) * voters,
    snapshot: null,
  };
}

function supportOverlap(profile: CountingProfile): Int32Array | null {
  const { voterOffsets, voterProjects, voterCount, projectCount } = profile;
  if (projectCount > OVERLAP_PROJECT_LIMIT) return null;
  let work = 0;
  for (let v = 0; v < voterCount; v++) work += (voterOffsets[v + 1] - voterOffsets[v]) ** 2;
  if (work > OVERLAP_WORK_LIMIT) return null;
  const overlap = new Int32Array(projectCount * projectCount);
  // Pairs a < b of each ballot, then the mirror image: half the increments.
  for (let v = 0; v < voterCount; v++) {
    const end = voterOffsets[v + 1];
    for (let a = voterOffsets[v]; a < end; a++) {
      const pa = voterProjects[a];
      overlap[pa * projectCount + pa]++;
      for (let b = a + 1; b < end; b++) overlap[pa * projectCount + voterProjects[b]]++;
    }
  }
  for (let p = 0; p < projectCount; p++) {
    for (let q = p + 1; q < projectCount; q++) {
      const both = overlap[p * projectCount + q] + overlap[q * projectCount + p];
      overlap[p * projectCount + q] = both;
      overlap[q * projectCount + p] = both;
    }
  }
  return overlap;
}
