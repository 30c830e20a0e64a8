import { Rational } from '../numbers/rational.value';
import type { Evaluation, FloatState } from './equal-shares.pricing';
import { EMPTY, ensureScratch, FLOAT_ITERATIONS, pricingWork, ROUNDING, SAFETY, scratch } from './pricing-scratch.buffers';

// The general pricing method; the error analysis is in equal-shares.pricing.ts.

interface Gathered {
  count: number;
  satTotal: number;
  moneyTotal: number;
  errorTotal: number;
  poorCount: number;
  poorMoney: number;
  poorSat: number;
  poorError: number;
}

/**
 * Copies the supporters of q who still have money into the scratch buffers and, in the same pass,
 * marks those who would be poor at `rhoStart`. With rhoStart at most the true ρ, they are all truly
 * poor, which makes a good first guess: the price usually settles in one more pass.
 */
function gather(state: FloatState, q: number, rhoStart: number): Gathered {
  const { supOffsets, supVoters, supSat } = state.profile;
  const size = supOffsets[q + 1] - supOffsets[q];
  pricingWork.entries += size;
  pricingWork.general++;
  ensureScratch(size);
  const voters = scratch.voters;
  const money = scratch.money;
  const sats = scratch.sats;
  const errors = scratch.errors;
  const flags = scratch.poor;
  const wallet = state.wallet;
  const g: Gathered = { count: 0, satTotal: 0, moneyTotal: 0, errorTotal: 0, poorCount: 0, poorMoney: 0, poorSat: 0, poorError: 0 };
  let count = 0;
  let satTotal = 0;
  let moneyTotal = 0;
  let errorTotal = 0;
  let poorCount = 0;
  let poorMoney = 0;
  let poorSat = 0;
  let poorError = 0;
  for (let k = supOffsets[q], end = supOffsets[q + 1]; k < end; k++) {
    const v = supVoters[k];
    const e = wallet[2 * v + 1];
    if (e < 0) continue;
    const r = wallet[2 * v];
    const s = supSat[k];
    voters[count] = v;
    money[count] = r;
    sats[count] = s;
    errors[count] = e;
    satTotal += s;
    moneyTotal += r;
    errorTotal += e;
    if (r < rhoStart * s) {
      flags[count] = 1;
      poorCount++;
      poorMoney += r;
      poorSat += s;
      poorError += e;
    } else {
      flags[count] = 0;
    }
    count++;
  }
  g.count = count;
  g.satTotal = satTotal;
  g.moneyTotal = moneyTotal;
  g.errorTotal = errorTotal;
  g.poorCount = poorCount;
  g.poorMoney = poorMoney;
  g.poorSat = poorSat;
  g.poorError = poorError;
  return g;
}

/** A proven bound on how far the float sum of the gathered supporters' money is from the exact one. */
function gatheredTolerance(state: FloatState, q: number, g: Gathered): number {
  return (g.errorTotal + (g.count + 2) * ROUNDING * (Math.abs(g.moneyTotal) + state.costFloat[q])) * SAFETY;
}

/** Whether the gathered supporters of q have at least its cost between them, proven. */
function affordableGathered(state: FloatState, q: number, g: Gathered): boolean {
  const cost = state.costFloat[q];
  const tolerance = gatheredTolerance(state, q, g);
  if (g.moneyTotal - cost > tolerance) return true;
  if (cost - g.moneyTotal > tolerance) return false;
  const top = state.rounds.length;
  const money = state.ledger.moneyNumerator(scratch.voters.subarray(0, g.count), top);
  return money >= state.ledger.cost(q) * state.ledger.denominator(top);
}

/**
 * The general method, when the one-pass screening could not settle the price: all supporters with
 * money are copied to the scratch buffers, then the poor/rich fixed point is iterated in floats
 * (jumping to it by sorting if it converges slowly) until every side is proven, or the price is
 * computed exactly. `start` must not exceed the true ρ.
 */
export function priceFully(state: FloatState, q: number, start: number): Evaluation | null {
  const g = gather(state, q, start);
  if (!affordableGathered(state, q, g)) return null;
  const moneyCap = (g.moneyTotal + gatheredTolerance(state, q, g)) * (1 + ROUNDING);
  const { count, satTotal } = g;
  const cost = state.costFloat[q];
  const money = scratch.money;
  const sats = scratch.sats;
  const errors = scratch.errors;
  const flags = scratch.poor;
  let { poorCount, poorMoney, poorError } = g;
  let sumRich = satTotal - g.poorSat;
  for (let iteration = 0; iteration < 2 * FLOAT_ITERATIONS && sumRich > 0; iteration++) {
    if (iteration === FLOAT_ITERATIONS) {
      // Slow convergence (money spread over many levels): jump to the fixed point by sorting.
      const rhoSorted = sortedFixedPoint(count, cost, satTotal);
      ({ poorCount, poorMoney, poorError, sumRich } = classify(count, rhoSorted, satTotal));
      if (sumRich <= 0) break;
    }
    // ρ and its error bound for the current set of poor supporters.
    const numerator = cost - poorMoney;
    const rho = numerator / sumRich;
    const error =
      (ROUNDING * cost + poorError + (poorCount + 1) * ROUNDING * poorMoney + ROUNDING * Math.abs(numerator)) / sumRich +
      ROUNDING * rho;
    // Reclassify at ρ and check that every side is proven.
    const slope = (error + ROUNDING * rho) * SAFETY;
    // Imported constants read inside a loop can compile to property lookups: copy them first.
    const shrink = 1 - ROUNDING;
    const safety = SAFETY;
    let nextCount = 0;
    let nextMoney = 0;
    let nextError = 0;
    let nextRich = 0;
    let changed = false;
    let unproven = 0;
    for (let j = 0; j < count; j++) {
      const s = sats[j];
      const r = money[j];
      const d = r - rho * s;
      if (d < 0) {
        nextCount++;
        nextMoney += r;
        nextError += errors[j];
        if (flags[j] === 0) {
          flags[j] = 1;
          changed = true;
        }
      } else {
        nextRich += s;
        if (flags[j] === 1) {
          flags[j] = 0;
          changed = true;
        }
      }
      if ((d < 0 ? -d : d) * shrink <= errors[j] * safety + slope * s) unproven++;
    }
    if (!changed) {
      if (unproven > 0) break;
      const poor = new Int32Array(poorCount);
      for (let j = 0, i = 0; j < count; j++) if (flags[j]) poor[i++] = scratch.voters[j];
      return { project: q, rho, error, poor, boundary: EMPTY, sumRich, moneyCap, exact: null };
    }
    poorCount = nextCount;
    poorMoney = nextMoney;
    poorError = nextError;
    sumRich = nextRich;
  }
  return evaluateExactly(state, q, count, satTotal, moneyCap);
}


function classify(count: number, rho: number, satTotal: number) {
  let poorCount = 0;
  let poorMoney = 0;
  let poorError = 0;
  let poorSat = 0;
  for (let j = 0; j < count; j++) {
    const poor = scratch.money[j] < rho * scratch.sats[j] ? 1 : 0;
    scratch.poor[j] = poor;
    poorCount += poor;
    poorMoney += poor * scratch.money[j];
    poorError += poor * scratch.errors[j];
    poorSat += poor * scratch.sats[j];
  }
  return { poorCount, poorMoney, poorError, sumRich: satTotal - poorSat };
}

/** pabutools' sorted scan: supporters by money/satisfaction; the first who can pay sets ρ. */
function sortedFixedPoint(count: number, cost: number, satTotal: number): number {
  const order = Array.from({ length: count }, (_, j) => j);
  order.sort((a, b) => scratch.money[a] / scratch.sats[a] - scratch.money[b] / scratch.sats[b]);
  let poorMoney = 0;
  let poorSat = 0;
  for (const j of order) {
    const rho = (cost - poorMoney) / (satTotal - poorSat);
    if (scratch.money[j] >= rho * scratch.sats[j]) return rho;
    poorMoney += scratch.money[j];
    poorSat += scratch.sats[j];
  }
  return Infinity;
}

/**
 * Exact price by the poor/rich iteration: start with nobody poor; ρ_P never exceeds the true ρ while
 * P only holds truly poor voters, so each round adds voters and it stops when the set is stable.
 * Each voter's side is settled in floats when the (now tiny) error allows, exactly otherwise.
 */
function evaluateExactly(state: FloatState, q: number, count: number, satTotal: number, moneyCap: number): Evaluation {
  const voters = scratch.voters.slice(0, count);
  const money = scratch.money.slice(0, count);
  const sats = scratch.sats.slice(0, count);
  const errors = scratch.errors.slice(0, count);
  const { ledger } = state;
  const top = state.rounds.length;
  const denominator = ledger.denominator(top);
  const scaledCost = ledger.cost(q) * denominator;
  let poor: number[] = [];
  let poorSat = 0;
  for (;;) {
    const sumRich = satTotal - poorSat;
    if (sumRich <= 0) throw new Error(`internal: project ${q} priced with no paying supporter`);
    const rho = new Rational(scaledCost - ledger.moneyNumerator(poor, top), denominator * BigInt(sumRich));
    const rhoFloat = rho.toNumber();
    const error = 4 * ROUNDING * rhoFloat;
    const rounding = ROUNDING;
    const safety = SAFETY;
    const nextPoor: number[] = [];
    const boundary: number[] = [];
    let nextPoorSat = 0;
    for (let j = 0; j < count; j++) {
      const s = sats[j];
      const d = money[j] - rhoFloat * s;
      let side: number;
      if (Math.abs(d) > (errors[j] + error * s + rounding * (rhoFloat * s + Math.abs(d))) * safety) side = Math.sign(d);
      else {
        const exactMoney = ledger.moneyNumerator([voters[j]], top);
        side = compareBig(exactMoney * rho.den, rho.num * BigInt(s) * denominator);
      }
      if (side < 0) {
        nextPoor.push(voters[j]);
        nextPoorSat += s;
      } else if (side === 0) boundary.push(voters[j]);
    }
    if (nextPoor.length === poor.length) {
      const found = { poor: Int32Array.from(poor), boundary: Int32Array.from(boundary) };
      return { project: q, rho: rhoFloat, error, ...found, sumRich, moneyCap, exact: rho };
    }
    poor = nextPoor;
    poorSat = nextPoorSat;
  }
}

function compareBig(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
