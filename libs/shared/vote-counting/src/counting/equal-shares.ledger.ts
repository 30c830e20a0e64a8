import { Rational } from '../numbers/rational.value';
import { CountingProfile } from './counting.profile';

/** What the exact ledger needs to know about one round of the Method of Equal Shares. */
export interface LedgerRound {
  readonly project: number;
  /** Voters who had money and paid all of it because it was less than ρ × their satisfaction. */
  readonly poor: Int32Array;
  /** Sum of the satisfactions of the supporters who paid ρ × satisfaction (exact integer). */
  readonly sumRich: bigint;
}

/**
 * The exact state of a Method of Equal Shares run, computed only when asked.
 *
 * Money is counted in units of 1/(10^moneyScale × voters) currency, so every voter starts with an
 * integer `b`. In round t the price per unit of satisfaction is ρ_t = (cost − money of the poor
 * supporters) / sumRich_t. By induction, every amount after round t is an integer over
 * D_t = sumRich_1 × … × sumRich_t, so ρ_t = A_t / D_t with an integer A_t, and a voter who was never
 * emptied holds r = b − Σ ρ_t × s over the rounds whose project they support. Keeping these products
 * unreduced avoids gcds on numbers of thousands of digits; sums over many voters are evaluated by
 * Horner's scheme over rounds with integer coefficients, one bigint operation per round.
 */
export class ExactLedger {
  private readonly numerators: (bigint | null)[] = [];
  private readonly denominators: bigint[] = [1n];

  constructor(
    private readonly profile: CountingProfile,
    /** Each voter's initial money, in ledger units. */
    readonly budgetPerVoter: bigint,
    /** Project costs in ledger units. */
    private readonly costs: readonly bigint[],
    private readonly rounds: readonly LedgerRound[],
    /** 1-based round in which each project was funded, 0 if not. */
    private readonly selectedRound: Int32Array,
  ) {}

  /** D_t, the common denominator of all amounts after round t. */
  denominator(t: number): bigint {
    while (this.denominators.length <= t) {
      const next = this.denominators.length;
      this.denominators.push(this.denominators[next - 1] * this.rounds[next - 1].sumRich);
    }
    return this.denominators[t];
  }

  /** ρ_t exactly. */
  rho(t: number): Rational {
    const round = this.rounds[t - 1];
    // Nobody poor: ρ = cost / Σ s, no history needed (the common case, and cheap to compare).
    if (round.poor.length === 0) return new Rational(this.costs[round.project], round.sumRich);
    return new Rational(this.numerator(t), this.denominator(t));
  }

  /** A_t, computed once, after all earlier rounds. */
  private numerator(t: number): bigint {
    for (let u = this.numerators.length + 1; u <= t; u++) {
      const round = this.rounds[u - 1];
      const poorMoney = this.moneyNumerator(round.poor, u - 1);
      this.numerators.push(this.costs[round.project] * this.denominator(u - 1) - poorMoney);
    }
    return this.numerators[t - 1]!;
  }

  /**
   * D_top × (total money of `voters` after round `top`). The voters must all still hold money after
   * `top` (never emptied), which is how callers choose them.
   */
  moneyNumerator(voters: ArrayLike<number>, top: number): bigint {
    const coefficients = new Float64Array(top + 1);
    const { voterOffsets, voterProjects, voterSat } = this.profile;
    for (let i = 0; i < voters.length; i++) {
      const v = voters[i];
      for (let k = voterOffsets[v]; k < voterOffsets[v + 1]; k++) {
        const t = this.selectedRound[voterProjects[k]];
        // A coefficient never exceeds a project's total satisfaction, which the profile keeps below
        // 2^53, so these float sums of integers are exact.
        if (t > 0 && t <= top) coefficients[t] += voterSat[k];
      }
    }
    let accumulator = BigInt(voters.length) * this.budgetPerVoter;
    for (let t = 1; t <= top; t++) {
      accumulator *= this.rounds[t - 1].sumRich;
      if (coefficients[t] !== 0) accumulator -= this.numerator(t) * BigInt(coefficients[t]);
    }
    return accumulator;
  }

  /** Total money of `voters` after round `top`, exactly. */
  money(voters: ArrayLike<number>, top: number): Rational {
    return new Rational(this.moneyNumerator(voters, top), this.denominator(top));
  }

  /** The cost of project `p` in ledger units. */
  cost(p: number): bigint {
    return this.costs[p];
  }
}
