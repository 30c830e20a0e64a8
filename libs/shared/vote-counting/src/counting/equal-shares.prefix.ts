import type { Evaluation } from './equal-shares.pricing';
import type { EqualSharesRound } from './equal-shares.run';
import type { EqualSharesSetup } from './equal-shares.setup';
import { ROUNDING } from './pricing-scratch.buffers';

/**
 * Starting the next add1 rerun where this one's poor-free prefix ends.
 *
 * add1 reruns the method at share b and then b + δ (δ = one currency unit). In the first rounds of
 * a run nobody is poor: each funded p_t has every supporter paying ρ_t × s, with
 * ρ_t = cost / Σ s whatever the share. If at b + δ the same projects win those rounds, every voter
 * holds exactly δ more after them than at b, so the rerun can start there (the wallets of b plus δ)
 * instead of paying for the big, early projects again; on the 1M-voter benchmark those rounds are
 * half of all payments.
 *
 * That the same projects win is proven while the run at b goes, for every later share up to a
 * slack: in round t (state before funding p_t), for every other open project q, one of:
 * - cost_q / Σ s_q > ρ_t (exactly): q's ρ is never below that, at any share;
 * - q's supporters' money, bounded by the run's cap M̄ (valid at this state), stays below its cost
 *   at b + δ: M̄ + δ·|supporters| < cost (nobody is emptied in the prefix, so each holds exactly δ
 *   more);
 * - q's last evaluation E in this run (at an earlier state u of the prefix, ρ_E > ρ_t): the money
 *   of a voter at (b + δ, t) is at most its money at (b, u) plus δ, and only voters poorer than
 *   ρ_t·s at (b, u) — among E's poor — can pay more at price ρ_t thanks to it, each at most δ;
 *   f(x) = Σ min(money, x·s) satisfies f_(b,u)(ρ_t) ≤ cost − (ρ_E − ρ_t)·sumRich_E, so q cannot
 *   be paid at ρ_t when δ·|poor_E| < (ρ_E − ρ_t)·sumRich_E.
 * Each gives a bound on δ (∞ for the first); the round's slack is the smallest over q. Every check
 * is strict, so q's ρ is strictly above ρ_t: no tie appears at b + δ either. The prefix ends at the
 * first round with a poor or boundary supporter, a tie, or a slack not above one unit.
 */

/** δ (ledger units) up to which round t's winner provably wins at share + δ; see above. */
export function roundSlack(
  setup: EqualSharesSetup,
  state: {
    readonly selectedRound: Int32Array;
    readonly lastEvaluation: readonly (Evaluation | null)[];
    readonly moneyCap: Float64Array;
  },
  winner: Evaluation,
  sumRich: bigint,
  needed: number,
): number {
  const p = winner.project;
  const rhoHigh = (winner.rho + winner.error) * (1 + 4 * ROUNDING);
  const { profile, costs, costFloat, initialLowerBound, satTotal } = setup;
  let slack = Infinity;
  for (const q of setup.candidates) {
    if (q === p || state.selectedRound[q] !== 0) continue;
    // ρ_q ≥ cost_q / Σ s_q > ρ_t: in floats when the margin proves it, else exactly.
    if (initialLowerBound[q] > rhoHigh) continue;
    if (costs[q] * sumRich > costs[p] * BigInt(satTotal[q])) continue;
    let bound = 0;
    const last = state.lastEvaluation[q];
    if (last) {
      const gap = (last.rho - last.error) * (1 - 4 * ROUNDING) - rhoHigh;
      if (gap > 0)
        bound = last.poor.length === 0 ? Infinity : ((gap * last.sumRich) / last.poor.length) * (1 - 1e-9);
    }
    const supporters = profile.supOffsets[q + 1] - profile.supOffsets[q];
    const room =
      ((costFloat[q] * (1 - 2 * ROUNDING) - state.moneyCap[q] * (1 + 2 * ROUNDING)) / supporters) *
      (1 - 1e-9);
    if (room > bound) bound = room;
    if (bound < slack) slack = bound;
    if (!(slack > needed)) return slack;
  }
  return slack;
}

/** The rounds of a prefix as the run at share + δ has them: what supporters held grows by δ each. */
export function shiftedRounds(
  setup: EqualSharesSetup,
  rounds: readonly EqualSharesRound[],
  count: number,
  delta: number,
): EqualSharesRound[] {
  const { supOffsets } = setup.profile;
  return rounds.slice(0, count).map((round) => {
    const supporters = supOffsets[round.project + 1] - supOffsets[round.project];
    const held = round.supportersMoney + delta * supporters;
    return {
      ...round,
      supportersMoney: held,
      supportersMoneyError: round.supportersMoneyError + 4 * ROUNDING * held,
    };
  });
}
