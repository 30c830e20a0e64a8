import { EqualSharesRun } from './equal-shares.run';

/**
 * The add1 completion without stepping blindly.
 *
 * The definition (pabutools' `voter_budget_increment = 1`): run the method with a share of
 * b_k = budget / voters + k currency units for k = 0, 1, 2, …; stop at the first k whose outcome is
 * exhaustive (no unfunded supported project fits in the budget left) and return it, or at the first
 * k whose outcome costs more than the budget and return the outcome of k − 1.
 *
 * Jumping. Once the outcome at b_k is known, we look for the largest j such that the run's whole
 * sequence of funded projects (its trace) is provably the same for every share in [b_k, b_{k+j}].
 * Then the outcomes at k + 1 … k + j equal the one at k, which was neither exhaustive nor too
 * expensive (those depend only on the funded set), so stepping would have passed them, and we
 * continue at k + j + 1. This returns exactly what stepping by one unit returns.
 *
 * Why the certificate is sound. Fix the trace p_1 … p_T and raise the share b. By induction over
 * rounds, every voter's money is non-decreasing in b: more money for everyone can only lower the
 * price ρ of a project (ρ solves Σ min(money_i, ρ s_i) = cost, whose left side grows with each
 * money_i), and a voter keeps max(0, money − ρ s), which grows with money and shrinks with ρ.
 * Hence along the trace, for b in [lo, hi]: ρ_{p_t}(b) ≤ ρ_{p_t}(lo), ρ_q(b) ≥ ρ_q(hi) for any other
 * project q, and q unaffordable at hi means unaffordable at b. So if, running the trace at `hi`, in
 * every round each other project q is unaffordable or has ρ_q(hi) > ρ_{p_t}(lo) (or equal, when the
 * tie-break puts p_t before q), and at the end nothing is affordable at hi, then at every b in
 * [lo, hi] the method funds exactly p_1 … p_T and stops. That check is one run at `hi`; we gallop
 * (j = 1, 2, 4, …) and then bisect, since a certificate for [lo, hi] also holds for any smaller hi.
 * All comparisons are exact (floats with proven error bounds, exact rationals when too close).
 */
export interface Add1Search {
  /** A fresh run at share b_k (k = 0, 1, …), not started. */
  readonly freshAt: (k: number) => EqualSharesRun;
  readonly isFeasible: (selection: readonly number[]) => boolean;
  readonly isExhaustive: (selection: readonly number[]) => boolean;
  /**
   * The run at the share one currency unit above `run`'s (the next k), already past the rounds it
   * provably shares with `run`; null to start it afresh.
   */
  readonly nextOf?: (run: EqualSharesRun) => EqualSharesRun | null;
  /** Called with each run the search will not look at again (so its memory can be reused). */
  readonly discard?: (run: EqualSharesRun) => void;
}

export interface Add1Result {
  /** The run whose outcome add1 returns, at the share it was returned for; null = fund nothing. */
  readonly run: EqualSharesRun | null;
  /** k of that run. */
  readonly increments: number;
  /** Runs performed, certificates included. */
  readonly runs: number;
}

export function add1Completion(search: Add1Search): Add1Result {
  let runs = 0;
  const discard = (run: EqualSharesRun) => search.discard?.(run);
  const fresh = (k: number) => {
    runs++;
    return search.freshAt(k);
  };
  let k = 0;
  let run = fresh(0).runToEnd();
  let previous: { run: EqualSharesRun; k: number } | null = null;
  const settle = (chosen: EqualSharesRun, at: number): Add1Result => ({ run: chosen, increments: at, runs });
  for (;;) {
    const selection = run.selection;
    if (!search.isFeasible(selection)) {
      if (!previous) return { run: null, increments: 0, runs };
      // The outcome at k − 1 is the previous trace; rerun there so explanations show that share.
      if (previous.k === k - 1) return settle(previous.run, k - 1);
      discard(run);
      discard(previous.run);
      return settle(fresh(k - 1).runToEnd(), k - 1);
    }
    if (search.isExhaustive(selection)) return settle(run, k);
    // Certificates for [b_k, b_{k+j}]: gallop, then bisect. The run of the last failed certificate
    // is at b_{k+good+1}, exactly where stepping continues, and its rounds so far are the ones the
    // method funds there (each passed check holds at that share too), so it is resumed, not redone.
    let failed: EqualSharesRun | null = null;
    const certify = (j: number): boolean => {
      const next = j === 1 ? (search.nextOf?.(run) ?? null) : null;
      if (next) runs++;
      const high = next ?? fresh(k + j);
      if (certifyTrace(run, high)) {
        discard(high);
        return true;
      }
      failed = high;
      return false;
    };
    let good = 0;
    let bad = 1;
    while (certify(bad)) {
      good = bad;
      bad *= 2;
    }
    let failedAtBad = failed!;
    while (bad - good > 1) {
      const middle = good + Math.floor((bad - good) / 2);
      if (certify(middle)) good = middle;
      else {
        bad = middle;
        discard(failedAtBad);
        failedAtBad = failed!;
      }
    }
    if (previous) discard(previous.run);
    previous = { run, k };
    k += bad;
    run = failedAtBad.runToEnd();
  }
}

/**
 * True when `high` (a fresh run at a larger share) provably funds the same trace as `low` at every
 * share between the two, as explained above.
 */
export function certifyTrace(low: EqualSharesRun, high: EqualSharesRun): boolean {
  const ranks = low.tieRanks;
  // A run started past a shared prefix (nextOf) already holds those rounds, proven.
  for (let t = high.rounds.length; t < low.rounds.length; t++) {
    const round = low.rounds[t];
    const upper = round.rho + round.rhoError;
    const followed = high.follow(round.project, upper, (q, evaluation, run) => {
      if (evaluation.rho - evaluation.error > upper) return true;
      if (evaluation.rho + evaluation.error < round.rho - round.rhoError) return false;
      const order = run.exact(evaluation).compare(low.ledger.rho(t + 1));
      return order > 0 || (order === 0 && ranks[round.project] < ranks[q]);
    });
    if (!followed) return false;
  }
  return high.isFinished();
}
