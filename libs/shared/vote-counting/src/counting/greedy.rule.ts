import { CountingProfile } from './counting.profile';

/** What the greedy rule did with one project it looked at. */
export interface GreedyDecision {
  readonly project: number;
  readonly funded: boolean;
  /** Budget left (money units) when the project's turn came. */
  readonly budgetLeftBefore: bigint;
}

export interface GreedyResult {
  /** Funded projects in funding order. */
  readonly funded: number[];
  /** Every project considered, in order; with `noSkip`, those after the stop are absent. */
  readonly decisions: GreedyDecision[];
  /** Ties broken: projects of equal satisfaction per cost that all fitted, chosen one first. */
  readonly ties: { readonly step: number; readonly candidates: number[] }[];
  readonly budgetLeft: bigint;
}

export interface GreedyParameters {
  readonly tieRanks: Int32Array;
  /** Stop at the first project that does not fit instead of skipping it. */
  readonly noSkip?: boolean;
  /** Projects already funded (the greedy completion after equal shares); they are not considered. */
  readonly alreadyFunded?: ReadonlySet<number>;
  /** Budget available, in money units; the whole budget by default. */
  readonly budget?: bigint;
}

/**
 * Greedy utilitarian rule: repeatedly fund the project with the highest total satisfaction per unit
 * of cost among those that fit what is left. As in pabutools, a supported free project comes first
 * (infinite ratio) and a project without positive satisfaction has ratio 0 but is still funded if it
 * fits. Since a funded project only lowers what is left, sorting once by ratio and walking the list
 * is the same as re-choosing the best fitting project at each step. Comparisons are exact
 * (bigint cross-multiplication).
 */
export function greedySelect(profile: CountingProfile, parameters: GreedyParameters): GreedyResult {
  const { tieRanks, noSkip = false, alreadyFunded = new Set<number>() } = parameters;
  let left = parameters.budget ?? profile.budgetUnits;
  const order = Array.from({ length: profile.projectCount }, (_, p) => p).filter((p) => !alreadyFunded.has(p));
  order.sort((a, b) => compareRatio(profile, b, a) || tieRanks[a] - tieRanks[b]);

  const funded: number[] = [];
  const decisions: GreedyDecision[] = [];
  const ties: { step: number; candidates: number[] }[] = [];
  const done = new Uint8Array(profile.projectCount);
  for (let i = 0; i < order.length; i++) {
    const p = order[i];
    const cost = profile.costUnits[p];
    const fits = cost <= left;
    decisions.push({ project: p, funded: fits, budgetLeftBefore: left });
    done[p] = 1;
    if (!fits) {
      if (noSkip) break;
      continue;
    }
    // A tie matters when another project of the same ratio would also have fitted now.
    const tied = [p];
    for (let j = i + 1; j < order.length && compareRatio(profile, order[j], p) === 0; j++) {
      if (!done[order[j]] && profile.costUnits[order[j]] <= left) tied.push(order[j]);
    }
    if (tied.length > 1) ties.push({ step: funded.length + 1, candidates: tied });
    funded.push(p);
    left -= cost;
  }
  return { funded, decisions, ties, budgetLeft: left };
}

/** Sign of ratio(a) − ratio(b), ratio = total satisfaction / cost, as pabutools defines it. */
function compareRatio(profile: CountingProfile, a: number, b: number): number {
  const classA = ratioClass(profile, a);
  const classB = ratioClass(profile, b);
  if (classA !== classB) return classA - classB;
  if (classA !== 1) return 0;
  const left = profile.totalSat[a] * profile.costUnits[b];
  const right = profile.totalSat[b] * profile.costUnits[a];
  return left > right ? 1 : left < right ? -1 : 0;
}

/** 0: no positive satisfaction (ratio 0); 1: finite ratio; 2: free and supported (infinite). */
function ratioClass(profile: CountingProfile, p: number): number {
  if (profile.totalSat[p] <= 0n) return 0;
  return profile.costUnits[p] === 0n ? 2 : 1;
}
