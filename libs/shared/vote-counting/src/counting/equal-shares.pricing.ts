import { Rational } from '../numbers/rational.value';
import { CountingProfile } from './counting.profile';
import { ExactLedger } from './equal-shares.ledger';
import { priceFully } from './equal-shares.full-pricing';
import { EMPTY, ensureScratch, FLOAT_ITERATIONS, pricingWork, ROUNDING, SAFETY, scratch } from './pricing-scratch.buffers';

export { ROUNDING };

/**
 * Pricing a project in the Method of Equal Shares: is it affordable, and at which ρ would its
 * supporters pay for it — each paying ρ × satisfaction, or everything they have left when that is
 * less (the "poor" supporters). ρ solves Σ min(money_i, ρ × s_i) = cost.
 *
 * Error analysis (u = 2^-53; ROUNDING = 2.3e-16 ≥ 2u absorbs the second-order terms). The run keeps,
 * for every voter, a bound e_i with |moneỹ_i − money_i| ≤ e_i (see EqualSharesRun.fund), and a
 * voter with nothing left holds exactly 0. Satisfactions
 * and their sums are integers below 2^53, hence exact doubles.
 * - A float sum of m non-negative terms is within Σ e_i + (m + 1)·u·sum of the exact sum.
 * - For a set P of poor supporters, ρ_P = (cost − money(P)) / Σ_rich s lies within ρ̃ ± eρ with
 *   eρ = (u·cost + Σ_P e_i + (|P| + 1)·u·money(P) + u·|num|) / Σ_rich s + u·ρ̃.
 * - d̃ = moneỹ_i − ρ̃·s_i is within e_i + eρ·s_i + u·(ρ̃·s_i + |d̃|) of money_i − ρ_P·s_i; beyond
 *   that distance, the side of voter i is proven.
 * If every supporter's side is proven and reproduces P, then P is self-consistent, so ρ_P is the
 * exact ρ and the float result is certified. Anything unproven goes to the exact path.
 *
 * Per-voter bounds matter: ρ's error flows into what the rich supporters pay, and a single global
 * bound would compound round after round, whereas per voter the error mass is only passed along.
 */
export interface FloatState {
  readonly profile: CountingProfile;
  /**
   * Per voter v: wallet[2v] = money as a double, wallet[2v + 1] = its error bound, or −1 once the
   * voter has nothing left. Interleaved so that one cache line brings both: the pricing loops read
   * voters in a scattered order, and memory latency, not arithmetic, is what they wait for.
   */
  readonly wallet: Float64Array;
  /** Money rounded to float32 (relative error ≤ 2^-24), −1 once emptied: a quarter of the memory. */
  readonly glance: Float32Array;
  /** The largest error bound of any voter's double money. */
  readonly maxError: number;
  readonly costFloat: Float64Array;
  /** Per project, the satisfaction shared by all its supporters, or 0 when they differ. */
  readonly uniformSat: Float64Array;
  readonly ledger: ExactLedger;
  readonly rounds: readonly unknown[];
}

/** The price of a project at a given state of a run. */
export interface Evaluation {
  readonly project: number;
  /** ρ as a double; the exact ρ is within `error` of it. */
  readonly rho: number;
  readonly error: number;
  /** Supporters with money who pay all of it (money < ρ × s). */
  readonly poor: Int32Array;
  /** Supporters whose money is exactly ρ × s: they pay the full price and are left with nothing. */
  readonly boundary: Int32Array;
  /** Σ s over the supporters who pay ρ × s (an exact integer). */
  readonly sumRich: number;
  /** An upper bound on what the project's supporters hold (ledger units). */
  readonly moneyCap: number;
  exact: Rational | null;
}

/**
 * The price of project q at the current state, certified in floating point or computed exactly;
 * null when its supporters cannot afford it any more. `lowerBound` must not exceed the true ρ.
 */
export function price(state: FloatState, q: number, lowerBound: number): Evaluation | null {
  pricingWork.evaluations++;
  const read = pricingWork.entries;
  let start = lowerBound;
  let result: Evaluation | null | undefined;
  for (let attempt = 0; attempt < 3 && result === undefined; attempt++) {
    const narrow = priceNarrow(state, q, start);
    if (typeof narrow !== 'number') result = narrow;
    else start = narrow;
  }
  if (result === undefined) result = priceFully(state, q, start);
  if (result === null) {
    pricingWork.unaffordable++;
    pricingWork.unaffordableEntries += pricingWork.entries - read;
  }
  return result;
}

/** How far above the lower bound ρ may rise before {@link priceNarrow} gives up. */
const NARROW_CUT = 1.1;

/**
 * The common case in one pass over the supporters. ρ rarely rises much between two evaluations of
 * a project, so only supporters with money/satisfaction below cut = 1.1 × lowerBound can turn out
 * poor; they are kept in a short side list, where ρ is settled. Every other supporter is then
 * rich, and is proven so collectively: its margin is at least (cut − ρ)·s, which must beat the
 * largest error bound among them at the smallest satisfaction among them. When ρ turns out above
 * the cut, every side supporter is poor, which gives a better lower bound to retry with (returned
 * as a number). Returns undefined when the case needs the full method (an unproven side, a doubtful
 * affordability).
 */
function priceNarrow(state: FloatState, q: number, lowerBound: number): Evaluation | null | number | undefined {
  if (!(lowerBound > 0) || !Number.isFinite(lowerBound)) return undefined;
  const { supOffsets, supVoters, supSat } = state.profile;
  const size = supOffsets[q + 1] - supOffsets[q];
  pricingWork.entries += size;
  ensureScratch(size);
  const voters = scratch.voters;
  const money = scratch.money;
  const sats = scratch.sats;
  const errors = scratch.errors;
  const flags = scratch.poor;
  const wallet = state.wallet;
  const glance = state.glance;
  const cut = lowerBound * NARROW_CUT;
  // A supporter whose float32 money clears the cut with room for its rounding is far: only its
  // float32 money is read. The others are read in full from the wallet.
  const farCut = cut * (1 + 2 ** -21);
  let count = 0;
  let side = 0;
  let satTotal = 0;
  let moneyTotal = 0;
  let errorTotal = 0;
  let farMoney = 0;
  let farCount = 0;
  let farSat = Infinity;
  let sideMoney = 0;
  let sideSat = 0;
  const uniform = state.uniformSat[q];
  for (let k = supOffsets[q], end = supOffsets[q + 1]; k < end; k++) {
    const v = supVoters[k];
    const g = glance[v];
    if (g < 0) continue;
    const s = uniform || supSat[k];
    count++;
    satTotal += s;
    if (g >= farCut * s) {
      farMoney += g;
      farCount++;
      if (s < farSat) farSat = s;
      continue;
    }
    const r = wallet[2 * v];
    const e = wallet[2 * v + 1];
    moneyTotal += r;
    errorTotal += e;
    if (r < cut * s) {
      voters[side] = v;
      money[side] = r;
      sats[side] = s;
      errors[side] = e;
      flags[side] = 0;
      sideMoney += r;
      sideSat += s;
      side++;
    } else {
      farCount++;
      if (s < farSat) farSat = s;
    }
  }
  // Far supporters read through float32: each within 2^-24 of its double, itself within maxError.
  const farError = maxVoterError(state);
  moneyTotal += farMoney;
  errorTotal += farMoney * 2 ** -23 + farCount * farError;
  const cost = state.costFloat[q];
  const affordTolerance = (errorTotal + (count + 2) * ROUNDING * (Math.abs(moneyTotal) + cost)) * SAFETY;
  if (cost - moneyTotal > affordTolerance) return null;
  if (moneyTotal - cost <= affordTolerance) return undefined;
  const moneyCap = (moneyTotal + affordTolerance) * (1 + ROUNDING);

  let poorCount = 0;
  let poorMoney = 0;
  let poorError = 0;
  let poorSat = 0;
  for (let iteration = 0; iteration < 2 * FLOAT_ITERATIONS; iteration++) {
    const sumRich = satTotal - poorSat;
    if (!(sumRich > 0)) return undefined;
    const numerator = cost - poorMoney;
    const rho = numerator / sumRich;
    if (!(rho < cut)) {
      // ρ ≥ cut, so all side supporters are poor: ρ with exactly them poor is a lower bound.
      const better = ((cost - sideMoney) / (satTotal - sideSat)) * (1 - 1e-9);
      return satTotal > sideSat && better > lowerBound ? better : undefined;
    }
    const error =
      (ROUNDING * cost + poorError + (poorCount + 1) * ROUNDING * poorMoney + ROUNDING * Math.abs(numerator)) / sumRich +
      ROUNDING * rho;
    const slope = (error + ROUNDING * rho) * SAFETY;
    // Imported constants read inside a loop can compile to property lookups: copy them first.
    const shrink = 1 - ROUNDING;
    const safety = SAFETY;
    let nextCount = 0;
    let nextMoney = 0;
    let nextError = 0;
    let nextSat = 0;
    let changed = false;
    let unproven = 0;
    for (let j = 0; j < side; j++) {
      const sat = sats[j];
      const r = money[j];
      const d = r - rho * sat;
      if (d < 0) {
        nextCount++;
        nextMoney += r;
        nextError += errors[j];
        nextSat += sat;
        if (flags[j] === 0) {
          flags[j] = 1;
          changed = true;
        }
      } else if (flags[j] === 1) {
        flags[j] = 0;
        changed = true;
      }
      if ((d < 0 ? -d : d) * shrink <= errors[j] * safety + slope * sat) unproven++;
    }
    if (!changed) {
      if (unproven > 0) return undefined;
      // Far supporters: money ≥ fl(cut·s) ≥ cut·s·(1 − u), so their margin is at least that minus ρ·s.
      if (farCount > 0 && !(farSat * ((cut * (1 - ROUNDING) - rho) * (1 - ROUNDING) - slope) > farError * SAFETY)) {
        return undefined;
      }
      const poor = new Int32Array(poorCount);
      for (let j = 0, i = 0; j < side; j++) if (flags[j]) poor[i++] = voters[j];
      return { project: q, rho, error, poor, boundary: EMPTY, sumRich, moneyCap, exact: null };
    }
    poorCount = nextCount;
    poorMoney = nextMoney;
    poorError = nextError;
    poorSat = nextSat;
  }
  return undefined;
}

/** The largest error bound of any voter with money (kept up to date by the run). */
function maxVoterError(state: FloatState): number {
  return state.maxError;
}

/** Exact ρ of an evaluation whose poor set is proven, at the state it was made in. */
export function exactRho(state: FloatState, evaluation: Evaluation): Rational {
  if (evaluation.poor.length === 0) return new Rational(state.ledger.cost(evaluation.project), BigInt(evaluation.sumRich));
  const top = state.rounds.length;
  const denominator = state.ledger.denominator(top);
  const numerator = state.ledger.cost(evaluation.project) * denominator - state.ledger.moneyNumerator(evaluation.poor, top);
  return new Rational(numerator, denominator * BigInt(evaluation.sumRich));
}
