import { Rational } from '../numbers/rational.value';
import { CountingProfile } from './counting.profile';

/**
 * A deliberately plain Method of Equal Shares in exact rationals, line by line what pabutools does
 * (sort supporters by money/satisfaction, the first who can pay sets ρ, lowest ρ wins, ties by
 * rank). Slow, obviously correct: the fast engine is checked against it, and an auditor can read it.
 *
 * `share` is each voter's money in units of 10^-moneyScale currency.
 */
export function referenceEqualShares(profile: CountingProfile, tieRanks: Int32Array, share: Rational): number[] {
  const money: Rational[] = Array.from({ length: profile.voterCount }, () => share);
  const open = new Set<number>();
  for (let p = 0; p < profile.projectCount; p++) {
    if (profile.supOffsets[p + 1] > profile.supOffsets[p] && profile.costUnits[p] > 0n) open.add(p);
  }
  const selected: number[] = [];
  for (;;) {
    let best: { p: number; rho: Rational } | null = null;
    for (const p of [...open]) {
      const rho = referenceRho(profile, money, p);
      if (rho === null) {
        open.delete(p);
        continue;
      }
      const order = best === null ? -1 : rho.compare(best.rho);
      if (order < 0 || (order === 0 && tieRanks[p] < tieRanks[best!.p])) best = { p, rho };
    }
    if (!best) return selected;
    selected.push(best.p);
    open.delete(best.p);
    for (let k = profile.supOffsets[best.p]; k < profile.supOffsets[best.p + 1]; k++) {
      const v = profile.supVoters[k];
      const due = best.rho.mulInt(BigInt(profile.supSat[k]));
      money[v] = money[v].sub(money[v].min(due)).reduced();
    }
  }
}

/** ρ of project p, or null when its supporters cannot pay for it. */
export function referenceRho(profile: CountingProfile, money: readonly Rational[], p: number): Rational | null {
  const cost = Rational.of(profile.costUnits[p]);
  const supporters: { budget: Rational; sat: bigint }[] = [];
  let total = Rational.ZERO;
  let satTotal = 0n;
  for (let k = profile.supOffsets[p]; k < profile.supOffsets[p + 1]; k++) {
    const budget = money[profile.supVoters[k]];
    const sat = BigInt(profile.supSat[k]);
    supporters.push({ budget, sat });
    total = total.add(budget);
    satTotal += sat;
  }
  if (total.compare(cost) < 0) return null;
  supporters.sort((a, b) => a.budget.divInt(a.sat).compare(b.budget.divInt(b.sat)));
  let paid = Rational.ZERO;
  let remainingSat = satTotal;
  for (const { budget, sat } of supporters) {
    const rho = cost.sub(paid).divInt(remainingSat);
    if (rho.mulInt(sat).compare(budget) <= 0) return rho.reduced();
    paid = paid.add(budget);
    remainingSat -= sat;
  }
  return null;
}

/**
 * add1 by stepping one currency unit at a time, as its definition reads: the slow reference the
 * jumping implementation must agree with.
 */
export function referenceAdd1(profile: CountingProfile, tieRanks: Int32Array): { selection: number[]; increments: number } {
  const voters = BigInt(profile.voterCount);
  const unit = 10n ** BigInt(profile.moneyScale);
  const cost = (selection: number[]) => selection.reduce((sum, p) => sum + profile.costUnits[p], 0n);
  const available: number[] = [];
  for (let p = 0; p < profile.projectCount; p++) {
    if (profile.supOffsets[p + 1] > profile.supOffsets[p] && profile.costUnits[p] > 0n) available.push(p);
  }
  let previous: { selection: number[]; increments: number } = { selection: [], increments: 0 };
  for (let k = 0; ; k++) {
    const share = new Rational(profile.budgetUnits + BigInt(k) * unit * voters, voters);
    const selection = referenceEqualShares(profile, tieRanks, share);
    const spent = cost(selection);
    if (spent > profile.budgetUnits) return previous;
    const left = profile.budgetUnits - spent;
    if (!available.some((p) => !selection.includes(p) && profile.costUnits[p] <= left)) return { selection, increments: k };
    previous = { selection, increments: k };
  }
}
