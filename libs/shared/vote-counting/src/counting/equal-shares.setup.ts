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
  /**
   * overlap[p × projects + q] = 1 when some voter supports both p and q, i.e. when funding p can
   * change q's price. Null when ballots are so long that computing it would cost more than it saves.
   */
  readonly overlap: Uint8Array | null;
}

/**
 * Above this much work (Σ ballot length²) the matrix costs more to build than it saves: ballots are
 * long or numerous, and nearly every pair of projects shares a supporter anyway.
 */
const OVERLAP_WORK_LIMIT = 4e6;

export function buildEqualSharesSetup(profile: CountingProfile, tieRanks: Int32Array): EqualSharesSetup {
  const voters = BigInt(profile.voterCount);
  const costs = profile.costUnits.map((units) => units * voters);
  const candidates: number[] = [];
  const initialLowerBound = new Float64Array(profile.projectCount);
  const costFloat = Float64Array.from(costs, (c) => Number(c));
  const maxSat = new Float64Array(profile.projectCount);
  for (let p = 0; p < profile.projectCount; p++) {
    if (profile.supOffsets[p + 1] === profile.supOffsets[p] || profile.costUnits[p] === 0n) continue;
    candidates.push(p);
    let total = 0;
    for (let k = profile.supOffsets[p]; k < profile.supOffsets[p + 1]; k++) {
      total += profile.supSat[k];
      maxSat[p] = Math.max(maxSat[p], profile.supSat[k]);
    }
    // Any poor supporter only raises ρ above this; the margin covers the division's rounding.
    initialLowerBound[p] = (costFloat[p] / total) * (1 - 1e-15);
  }
  return { profile, costs, costFloat, tieRanks, candidates, initialLowerBound, maxSat, overlap: supportOverlap(profile) };
}

function supportOverlap(profile: CountingProfile): Uint8Array | null {
  const { voterOffsets, voterProjects, voterCount, projectCount } = profile;
  let work = 0;
  for (let v = 0; v < voterCount; v++) work += (voterOffsets[v + 1] - voterOffsets[v]) ** 2;
  if (work > OVERLAP_WORK_LIMIT || projectCount > 4096) return null;
  const overlap = new Uint8Array(projectCount * projectCount);
  for (let v = 0; v < voterCount; v++) {
    for (let a = voterOffsets[v]; a < voterOffsets[v + 1]; a++) {
      const row = voterProjects[a] * projectCount;
      for (let b = voterOffsets[v]; b < voterOffsets[v + 1]; b++) overlap[row + voterProjects[b]] = 1;
    }
  }
  return overlap;
}
