import { Rational } from '../numbers/rational.value';
import { CountingProfile } from './counting.profile';
import { EqualSharesSetup } from './equal-shares.setup';
import { ExactLedger, LedgerRound } from './equal-shares.ledger';
import { Evaluation, exactRho, FloatState, price, ROUNDING } from './equal-shares.pricing';
import { roundSlack, shiftedRounds } from './equal-shares.prefix';
import { pricingWork } from './pricing-scratch.buffers';

/** One funding round of a run. */
export interface EqualSharesRound extends LedgerRound {
  /** ρ as a double and a proven bound on its error. */
  readonly rho: number;
  readonly rhoError: number;
  /** Supporters whose money was exactly the price: they paid in full and were left with nothing. */
  readonly boundaryCount: number;
  /** What the project's supporters held before paying (ledger units, double) and a proven error bound. */
  readonly supportersMoney: number;
  readonly supportersMoneyError: number;
  /** Projects tied at the lowest ρ (exactly), in tie-break order, when there were several. */
  readonly tied: readonly number[] | null;
}

/**
 * Decides, for a competitor q of the project funded in a round, whether q would lose against it.
 * Used by the add1 completion to check a whole range of shares at once.
 */
export type RoundCheck = (q: number, evaluation: Evaluation, run: EqualSharesRun) => boolean;

/**
 * One run of the Method of Equal Shares at a given share per voter.
 *
 * Speed and exactness are both needed: real instances have hundreds of thousands of approvals and
 * the add1 completion reruns the method many times, yet the outcome must equal pabutools' exact
 * rational computation, ties included. So every voter's money is a double, every quantity computed
 * from doubles carries a proven error bound (see equal-shares.pricing.ts), and a decision is taken in
 * floating point only when the bound proves it; otherwise (ties, near-ties) the exact value comes
 * from the {@link ExactLedger}. The outcome is therefore the exact one; floats only make it fast.
 */
export class EqualSharesRun implements FloatState {
  readonly wallet: Float64Array;
  /** Each voter's money rounded to a float (−1 once emptied): a quarter of the memory, to screen supporters. */
  readonly glance: Float32Array;
  /** Round in which each voter was left with nothing (0: still has money). */
  readonly zeroedAt: Int32Array;
  /** The largest per-voter error bound so far. */
  maxError = 0;
  readonly selectedRound: Int32Array;
  readonly rounds: EqualSharesRound[] = [];
  readonly ledger: ExactLedger;
  readonly costFloat: Float64Array;
  readonly uniformSat: Float64Array;
  readonly budgetFloat: number;
  /** Projects whose supporters can no longer afford them (stays so: money only decreases). */
  private readonly unaffordable: Uint8Array;
  /** Valid lower bounds on each project's ρ: ρ only grows as voters spend. */
  private readonly lowerBound: Float64Array;
  /**
   * An upper bound on what each project's supporters hold (ledger units): their count × the share
   * at first, what its last pricing found since, lowered in each round by what the overlap with
   * the funded project is certain to have paid. Below the cost, the project is unaffordable without
   * reading its supporters.
   */
  readonly moneyCap: Float64Array;
  /** Each project's last evaluation in this run, kept after its supporters pay (for the prefix). */
  readonly lastEvaluation: (Evaluation | null)[];
  /**
   * While true, every round so far had no poor or boundary supporter and no tie, and provably has
   * the same winner at the next add1 share (prefixSlack, see equal-shares.prefix.ts).
   */
  private prefixOpen: boolean;
  private prefixSlack: number[] = [];
  /** Evaluations still valid because none of the project's supporters has paid since. */
  private readonly cache: (Evaluation | null)[];
  /** Number of times ρ had to be computed exactly (for tests and benchmarks). */
  exactEvaluations = 0;

  readonly profile: CountingProfile;
  readonly costs: readonly bigint[];
  readonly tieRanks: Int32Array;
  readonly candidates: readonly number[];

  constructor(
    readonly setup: EqualSharesSetup,
    /** Each voter's share, in ledger units (1/(10^moneyScale × voters) currency). */
    readonly budgetPerVoter: bigint,
    /** Record the poor-free prefix, so that the next add1 rerun can start from its end. */
    recordPrefix = false,
  ) {
    this.prefixOpen = recordPrefix;
    const { profile, costs, tieRanks, candidates } = setup;
    this.profile = profile;
    this.costs = costs;
    this.tieRanks = tieRanks;
    this.candidates = candidates;
    const { voterCount, projectCount } = profile;
    this.budgetFloat = Number(budgetPerVoter);
    const spare = setup.spare.pop();
    this.wallet = spare ? spare.wallet : new Float64Array(2 * voterCount);
    this.glance = spare ? spare.glance : new Float32Array(voterCount);
    this.zeroedAt = spare ? spare.zeroedAt.fill(0) : new Int32Array(voterCount);
    if (voterCount > 0) {
      // Every voter starts with [share, its rounding error]: written once, then doubled natively.
      this.wallet[0] = this.budgetFloat;
      this.wallet[1] = ROUNDING * this.budgetFloat;
      for (let filled = 2; filled < this.wallet.length; filled *= 2) this.wallet.copyWithin(filled, 0, filled);
    }
    this.glance.fill(this.budgetFloat);
    this.maxError = ROUNDING * this.budgetFloat;
    this.selectedRound = new Int32Array(projectCount);
    this.costFloat = setup.costFloat;
    this.uniformSat = setup.uniformSat;
    this.unaffordable = new Uint8Array(projectCount);
    this.moneyCap = new Float64Array(projectCount);
    for (let q = 0; q < projectCount; q++) {
      this.moneyCap[q] = (profile.supOffsets[q + 1] - profile.supOffsets[q]) * this.budgetFloat * (1 + 4 * ROUNDING);
    }
    this.lowerBound = setup.initialLowerBound.slice();
    this.cache = new Array(projectCount).fill(null);
    this.lastEvaluation = new Array(projectCount).fill(null);
    this.ledger = new ExactLedger(profile, budgetPerVoter, costs, this.rounds, this.selectedRound);
  }

  /** Keeps the state at the end of the prefix (before this round's payments) for the next rerun. */
  private closePrefix(): void {
    this.prefixOpen = false;
    const { voterCount, projectCount } = this.profile;
    let snapshot = this.setup.snapshot;
    if (!snapshot) {
      snapshot = {
        owner: null,
        rounds: 0,
        wallet: new Float64Array(2 * voterCount),
        glance: new Float32Array(voterCount),
        moneyCap: new Float64Array(projectCount),
        maxError: 0,
      };
      this.setup.snapshot = snapshot;
    }
    snapshot.wallet.set(this.wallet);
    snapshot.glance.set(this.glance);
    snapshot.moneyCap.set(this.moneyCap);
    snapshot.maxError = this.maxError;
    snapshot.rounds = this.rounds.length;
    snapshot.owner = this;
  }

  /**
   * The run at the next add1 share (one currency unit more), started at the end of this run's
   * certified poor-free prefix (see equal-shares.prefix.ts); null when there is no such state.
   */
  static nextFrom(source: EqualSharesRun): EqualSharesRun | null {
    const { setup } = source;
    const snapshot = setup.snapshot;
    if (!snapshot || snapshot.owner !== source || snapshot.rounds === 0) return null;
    snapshot.owner = null;
    const run = new EqualSharesRun(setup, source.budgetPerVoter + setup.unitsPerCurrency, true);
    const delta = Number(setup.unitsPerCurrency);
    // Each wallet gains exactly δ: one more rounding, of a quantity at most the new share.
    const rounding = 2 * ROUNDING * run.budgetFloat;
    const { wallet, glance } = run;
    const from = snapshot.wallet;
    for (let v = 0; v < glance.length; v++) {
      const money = from[2 * v] + delta;
      wallet[2 * v] = money;
      wallet[2 * v + 1] = from[2 * v + 1] + rounding;
      glance[v] = money;
    }
    run.maxError = snapshot.maxError + rounding;
    const { supOffsets } = setup.profile;
    for (let q = 0; q < run.moneyCap.length; q++) {
      run.moneyCap[q] = (snapshot.moneyCap[q] + delta * (supOffsets[q + 1] - supOffsets[q])) * (1 + 2 * ROUNDING);
    }
    for (const round of shiftedRounds(setup, source.rounds, snapshot.rounds, delta)) {
      run.rounds.push(round);
      run.selectedRound[round.project] = run.rounds.length;
    }
    // Slacks were relative to the source's share; this run's is δ higher.
    run.prefixSlack = source.prefixSlack.slice(0, snapshot.rounds).map((slack) => slack - delta);
    run.prefixOpen = run.prefixSlack.every((slack) => slack > delta);
    pricingWork.roundsReused += snapshot.rounds;
    return run;
  }

  /**
   * Hands this run's per-voter arrays to the next run of the same setup. The run must not be used
   * afterwards: its wallets will hold another run's money.
   */
  release(): void {
    this.setup.spare.push({ wallet: this.wallet, glance: this.glance, zeroedAt: this.zeroedAt });
  }

  /** Runs the method to its end: funds the cheapest ρ until no project is affordable. */
  runToEnd(): this {
    while (this.step()) {
      /* one round per iteration */
    }
    return this;
  }

  /** Funds the next project; false when none is affordable any more. */
  step(): boolean {
    const evaluated: Evaluation[] = [];
    let bestHigh = Infinity;
    for (const q of this.openCandidatesByLowerBound()) {
      if (this.lowerBound[q] > bestHigh) break;
      const evaluation = this.evaluateOpen(q);
      if (!evaluation) continue;
      evaluated.push(evaluation);
      bestHigh = Math.min(bestHigh, evaluation.rho + evaluation.error);
    }
    if (evaluated.length === 0) {
      if (this.prefixOpen) this.closePrefix();
      return false;
    }
    // Only projects whose ρ interval reaches the best upper bound can be the cheapest.
    const contenders = evaluated.filter((e) => e.rho - e.error <= bestHigh);
    if (contenders.length === 1) {
      this.fund(contenders[0], null);
      return true;
    }
    let best: Rational | null = null;
    let tied: Evaluation[] = [];
    for (const contender of contenders) {
      const rho = this.exact(contender);
      const order = best === null ? -1 : rho.compare(best);
      if (order < 0) {
        best = rho;
        tied = [contender];
      } else if (order === 0) {
        tied.push(contender);
      }
    }
    tied.sort((a, b) => this.tieRanks[a.project] - this.tieRanks[b.project]);
    this.fund(tied[0], tied.length > 1 ? tied.map((e) => e.project) : null);
    return true;
  }

  /**
   * Funds `p` as the next round (it must be affordable), after asking `check` about every other
   * affordable project whose ρ could be low enough to matter (ρ at most `threshold`). Returns false
   * as soon as a check fails or `p` is not affordable.
   */
  follow(p: number, threshold: number, check: RoundCheck): boolean {
    const competitors: Evaluation[] = [];
    for (const q of this.openCandidatesByLowerBound()) {
      if (this.lowerBound[q] > threshold) break;
      if (q === p) continue;
      const evaluation = this.evaluateOpen(q);
      if (!evaluation) continue;
      if (!check(q, evaluation, this)) return false;
      competitors.push(evaluation);
    }
    if (this.selectedRound[p] !== 0 || this.unaffordable[p]) return false;
    const evaluation = this.evaluateOpen(p);
    if (!evaluation) return false;
    // Record ties as a free run would: every project tied with p has ρ ≤ threshold, so it was
    // among the competitors just checked, and the checks put p first in tie-break order.
    const tied = competitors.filter(
      (e) => e.rho - e.error <= evaluation.rho + evaluation.error && this.exact(e).equals(this.exact(evaluation)),
    );
    const ranked = tied.length === 0 ? null : [p, ...tied.map((e) => e.project).sort((a, b) => this.tieRanks[a] - this.tieRanks[b])];
    this.fund(evaluation, ranked);
    return true;
  }


  /** True when no project is affordable any more (the run would stop here). */
  isFinished(): boolean {
    for (const q of this.candidates) {
      if (this.selectedRound[q] === 0 && !this.unaffordable[q] && this.evaluateOpen(q)) return false;
    }
    return true;
  }

  /** Exact ρ of an evaluation made at the current state. */
  exact(evaluation: Evaluation): Rational {
    if (!evaluation.exact) {
      this.exactEvaluations++;
      evaluation.exact = exactRho(this, evaluation);
    }
    return evaluation.exact;
  }

  /** The run's upper bound on what the supporters of q hold now, in ledger units. */
  moneyBound(q: number): number {
    return this.moneyCap[q];
  }

  /** Funded projects in funding order. */
  get selection(): number[] {
    return this.rounds.map((round) => round.project);
  }

  private openCandidatesByLowerBound(): number[] {
    const open = this.candidates.filter((q) => this.selectedRound[q] === 0 && !this.unaffordable[q]);
    return open.sort((a, b) => this.lowerBound[a] - this.lowerBound[b]);
  }

  /** The evaluation of an open project at the current state, or null if it became unaffordable. */
  private evaluateOpen(q: number): Evaluation | null {
    const cached = this.cache[q];
    if (cached) return cached;
    // The exact cost is at least its double rounded down; what the supporters hold at most the cap.
    if (this.moneyCap[q] < this.costFloat[q] * (1 - 2 * ROUNDING)) {
      pricingWork.unaffordableByBound++;
      this.unaffordable[q] = 1;
      return null;
    }
    const evaluation = price(this, q, this.lowerBound[q]);
    if (!evaluation) {
      this.unaffordable[q] = 1;
      return null;
    }
    this.cache[q] = evaluation;
    this.lastEvaluation[q] = evaluation;
    if (evaluation.moneyCap < this.moneyCap[q]) this.moneyCap[q] = evaluation.moneyCap;
    this.lowerBound[q] = Math.max(this.lowerBound[q], evaluation.rho - evaluation.error);
    return evaluation;
  }

  private fund(evaluation: Evaluation, tied: readonly number[] | null): void {
    const p = evaluation.project;
    const round = this.rounds.length + 1;
    if (this.prefixOpen) {
      const unit = Number(this.setup.unitsPerCurrency);
      const plain = evaluation.poor.length === 0 && evaluation.boundary.length === 0 && tied === null;
      const slack = plain ? roundSlack(this.setup, this, evaluation, BigInt(evaluation.sumRich), unit) : 0;
      if (slack > unit) this.prefixSlack.push(slack);
      else this.closePrefix();
    }
    const { supOffsets, supVoters, supSat } = this.profile;
    // Keep the float error small: if ρ is only known roughly, pay with its exact value instead.
    let rho = evaluation.rho;
    let rhoError = evaluation.error;
    const maxSat = this.setup.maxSat[p];
    if (rhoError * maxSat > 1e-10 * this.budgetFloat) {
      rho = this.exact(evaluation).toNumber();
      rhoError = 4 * ROUNDING * rho;
    }
    // Supporters of p pay, so every project sharing a supporter with p needs a fresh evaluation.
    const { overlap } = this.setup;
    const size = this.profile.projectCount;
    for (let q = 0; q < size; q++) if (!overlap || overlap[p * size + q] > 0) this.cache[q] = null;
    // Note what the supporters held (for the explanation); the poor give everything and the others
    // pay ρ × s. A rich supporter keeps moneỹ − fl(ρ̂·s): its error grows by eρ·s plus two
    // roundings of quantities at most b.
    const { wallet, glance, zeroedAt } = this;
    const unit = ROUNDING;
    const rounding = 2 * unit * this.budgetFloat;
    let maxError = this.maxError;
    let held = 0;
    let heldError = 0;
    let holders = 0;
    // The poor (and those whose money is exactly the price) give everything: settled first, so the
    // pass over all supporters below needs no lookup to tell them apart (an emptied wallet reads −1).
    for (const group of [evaluation.poor, evaluation.boundary]) {
      for (const v of group) {
        held += wallet[2 * v];
        heldError += wallet[2 * v + 1];
        holders++;
        zeroedAt[v] = round;
        wallet[2 * v] = 0;
        wallet[2 * v + 1] = -1;
        glance[v] = -1;
      }
    }
    // Cost and cardinality satisfactions are the same for every supporter: no need to read them.
    const uniform = this.uniformSat[p];
    pricingWork.payments += supOffsets[p + 1] - supOffsets[p];
    for (let k = supOffsets[p], end = supOffsets[p + 1]; k < end; k++) {
      const v = supVoters[k];
      const error = wallet[2 * v + 1];
      if (error < 0) continue;
      const before = wallet[2 * v];
      held += before;
      heldError += error;
      holders++;
      const sat = uniform || supSat[k];
      const left = before - rho * sat;
      wallet[2 * v] = left;
      glance[v] = left;
      const grown = error + rhoError * sat + rounding + 2 * unit * error;
      wallet[2 * v + 1] = grown;
      if (grown > maxError) maxError = grown;
    }
    this.maxError = maxError;
    this.lowerMoneyCaps(p, holders - evaluation.poor.length, rho - rhoError);
    this.selectedRound[p] = round;
    this.rounds.push({
      project: p,
      poor: evaluation.poor,
      sumRich: BigInt(evaluation.sumRich),
      boundaryCount: evaluation.boundary.length,
      supportersMoney: held,
      supportersMoneyError: heldError + (holders + 1) * ROUNDING * held,
      rho,
      rhoError,
      tied,
    });
  }

  /**
   * After p is funded: of the voters who support both p and q, all but the supporters of p who did
   * not pay ρ × s (they had nothing left, or paid all they had) paid at least ρ × the smallest
   * satisfaction from p; so q's supporters hold at least that much less. `payers` = supporters of p
   * who paid ρ × s (or exactly their money, equal to it), `rhoLow` ≤ the exact ρ.
   */
  private lowerMoneyCaps(p: number, payers: number, rhoLow: number): void {
    const { overlap, minSat } = this.setup;
    if (!overlap || !(rhoLow > 0)) return;
    const size = this.profile.projectCount;
    const others = this.profile.supOffsets[p + 1] - this.profile.supOffsets[p] - payers;
    // Each payer pays at least this (the product rounded down by the factor).
    const paid = rhoLow * minSat[p] * (1 - 2 * ROUNDING);
    const caps = this.moneyCap;
    for (let q = 0; q < size; q++) {
      const certain = overlap[p * size + q] - others;
      if (certain <= 0) continue;
      // Rounded up: the subtraction and the product are each within a rounding of the cap.
      caps[q] = caps[q] - certain * paid * (1 - 2 * ROUNDING) + 2 * ROUNDING * caps[q];
    }
  }

  /** What the supporters of p hold now (ledger units), as a double with a proven error bound. */
  supportersMoney(p: number): { money: number; error: number } {
    const { supOffsets, supVoters } = this.profile;
    const wallet = this.wallet;
    let money = 0;
    let error = 0;
    let count = 0;
    for (let k = supOffsets[p]; k < supOffsets[p + 1]; k++) {
      const v = supVoters[k];
      if (wallet[2 * v + 1] < 0) continue;
      money += wallet[2 * v];
      error += wallet[2 * v + 1];
      count++;
    }
    return { money, error: error + (count + 1) * ROUNDING * Math.abs(money) };
  }
}

