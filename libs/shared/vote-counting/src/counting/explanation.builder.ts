import { Decimal } from '../numbers/decimal.value';
import { Rational } from '../numbers/rational.value';
import {
  EqualSharesDetail,
  EqualSharesSummary,
  FundingStage,
  ProjectExplanation,
  TieBreak,
  TieRecord,
} from './counting.model';
import { CountingProfile, tieDecidedBy } from './counting.profile';
import { EqualSharesCount } from './equal-shares.rule';
import { EqualSharesRun } from './equal-shares.run';
import { GreedyResult } from './greedy.rule';

/** Funding order, explanations and ties of a count, ready for a page. */
export interface Explained {
  readonly selected: number[];
  readonly projects: ProjectExplanation[];
  readonly ties: TieRecord[];
  readonly mes?: EqualSharesSummary;
}

/** Amount in money units (10^-moneyScale currency) as a decimal string. */
function money(profile: CountingProfile, units: bigint): string {
  return Decimal.of(units, profile.moneyScale).toPlainString();
}

function base(profile: CountingProfile, p: number) {
  return {
    id: profile.ids[p],
    cost: profile.costs[p].toPlainString(),
    supporters: profile.listedBy[p],
    satisfaction: satisfactionText(profile, p),
  };
}

function satisfactionText(profile: CountingProfile, p: number): string {
  const total = profile.totalSat[p];
  if (profile.sat === 'cost') return Decimal.of(total, profile.moneyScale).toPlainString();
  if (profile.sat === 'points') return Decimal.of(total, profile.pointScale).toPlainString();
  return total.toString();
}

function greedyTies(profile: CountingProfile, tieBreak: TieBreak, result: GreedyResult, stage: FundingStage, offset: number) {
  return result.ties.map(
    ({ step, candidates }): TieRecord => ({
      stage,
      round: offset + step,
      candidates: candidates.map((p) => profile.ids[p]),
      chosen: profile.ids[candidates[0]],
      decidedBy: tieDecidedBy(profile, tieBreak, candidates[0], candidates[1]),
    }),
  );
}

/** Explains the greedy rule (with or without skipping). */
export function explainGreedy(profile: CountingProfile, tieBreak: TieBreak, result: GreedyResult): Explained {
  const decisions = new Map(result.decisions.map((decision) => [decision.project, decision]));
  const rounds = new Map(result.funded.map((p, i) => [p, i + 1]));
  const projects = profile.ids.map((_, p): ProjectExplanation => {
    const decision = decisions.get(p);
    const common = base(profile, p);
    if (decision?.funded) {
      return {
        ...common,
        funded: true,
        reason: 'funded-greedy',
        round: rounds.get(p),
        stage: 'greedy',
        budgetLeftBefore: money(profile, decision.budgetLeftBefore),
      };
    }
    if (profile.costUnits[p] > profile.budgetUnits) return { ...common, funded: false, reason: 'over-total-budget' };
    if (!decision) return { ...common, funded: false, reason: 'stopped-before' };
    return {
      ...common,
      funded: false,
      reason: 'budget-ran-out',
      budgetLeftBefore: money(profile, decision.budgetLeftBefore),
      shortBy: money(profile, profile.costUnits[p] - decision.budgetLeftBefore),
    };
  });
  return { selected: result.funded, projects, ties: greedyTies(profile, tieBreak, result, 'greedy', 0) };
}

const ROUNDING = 2.3e-16;

/**
 * A value shown rounded (to cents, or to 8 significant digits for ρ) must be the rounding of the
 * exact value. Rounding is monotone, so when both ends of the proven interval [lo, hi] round to the
 * same text, so does the exact value; otherwise (rare: the value sits on a rounding boundary) the
 * exact value is computed.
 */
function certified(lo: number, hi: number, format: (x: number) => string, exact: () => string): string {
  if (!(lo >= 0) || !Number.isFinite(hi)) return exact();
  const low = format(lo);
  return low === format(hi) ? low : exact();
}

const cents = (x: number) => x.toFixed(2);
const significant = (x: number) => String(Number(x.toPrecision(8)));

/** Interval of value / divisor for a value known within ± error (divisor exact, ≥ 1). */
function scaled(value: number, error: number, divisor: number): [number, number] {
  return [((value - error) / divisor) * (1 - 4 * ROUNDING), ((value + error) / divisor) * (1 + 4 * ROUNDING)];
}

/** Units of satisfaction per displayed unit: ρ is shown per currency unit of cost, per project, per point. */
function satUnit(profile: CountingProfile): bigint {
  return profile.sat === 'cost' ? 10n ** BigInt(profile.moneyScale) : profile.sat === 'points' ? 10n ** BigInt(profile.pointScale) : 1n;
}

/** Supporters of p that still held money after round `top`. */
function supportersWithMoney(profile: CountingProfile, run: EqualSharesRun, p: number, top: number): number[] {
  const voters: number[] = [];
  for (let k = profile.supOffsets[p]; k < profile.supOffsets[p + 1]; k++) {
    const v = profile.supVoters[k];
    const zeroed = run.zeroedAt[v];
    if (zeroed === 0 || zeroed > top) voters.push(v);
  }
  return voters;
}

function mesFunded(profile: CountingProfile, run: EqualSharesRun, t: number, perCurrency: bigint): EqualSharesDetail {
  const round = run.rounds[t - 1];
  const p = round.project;
  const upc = Number(perCurrency);
  const unit = Number(satUnit(profile));
  const exactRho = () => run.ledger.rho(t);
  const [moneyLo, moneyHi] = scaled(round.supportersMoney, round.supportersMoneyError, upc);
  const supportersMoney = certified(moneyLo, moneyHi, cents, () =>
    run.ledger.money(supportersWithMoney(profile, run, p, t - 1), t - 1).divInt(perCurrency).toFixed(2),
  );
  const [rhoLo, rhoHi] = scaled(round.rho * unit, round.rhoError * unit * (1 + 4 * ROUNDING), upc);
  const detail: EqualSharesDetail = {
    rho: certified(rhoLo, rhoHi, significant, () => significant(exactRho().mulInt(satUnit(profile)).divInt(perCurrency).toNumber())),
    supportersPayingAll: round.poor.length + round.boundaryCount,
    supportersMoney,
  };
  if (profile.sat === 'points') return detail;
  const sat = profile.sat === 'cost' ? profile.costUnits[p] : 1n;
  const [priceLo, priceHi] = scaled(round.rho * Number(sat), round.rhoError * Number(sat) * (1 + 4 * ROUNDING), upc);
  const pricePerSupporter = certified(priceLo, priceHi, cents, () => exactRho().mulInt(sat).divInt(perCurrency).toFixed(2));
  return { ...detail, pricePerSupporter };
}

function mesShort(profile: CountingProfile, run: EqualSharesRun, p: number, perCurrency: bigint): EqualSharesDetail {
  const top = run.rounds.length;
  const upc = Number(perCurrency);
  const held = run.supportersMoney(p);
  const cost = Number(profile.costUnits[p]) / 10 ** profile.moneyScale;
  const exactLeft = () => run.ledger.money(supportersWithMoney(profile, run, p, top), top).divInt(perCurrency);
  const [lo, hi] = scaled(held.money, held.error, upc);
  const exactCost = new Rational(profile.costUnits[p], 10n ** BigInt(profile.moneyScale));
  return {
    supportersMoney: certified(lo, hi, cents, () => exactLeft().toFixed(2)),
    shortBy: certified(
      (cost - hi) * (1 - 4 * ROUNDING) - ROUNDING * cost,
      (cost - lo) * (1 + 4 * ROUNDING) + ROUNDING * cost,
      cents,
      () => exactCost.sub(exactLeft()).toFixed(2),
    ),
  };
}

/** Explains the Method of Equal Shares and its completion. */
export function explainEqualShares(profile: CountingProfile, tieBreak: TieBreak, count: EqualSharesCount): Explained {
  const { run, free, completion, unitsPerCurrency } = count;
  const mesSelection = run ? run.selection : [];
  const selected = [...free, ...mesSelection, ...(completion ? completion.funded : [])];
  const roundOf = new Map(selected.map((p, i) => [p, i + 1]));
  const mesRound = new Map(mesSelection.map((p, i) => [p, i + 1]));
  const decisions = new Map((completion?.decisions ?? []).map((decision) => [decision.project, decision]));

  const projects = profile.ids.map((_, p): ProjectExplanation => {
    const common = base(profile, p);
    const round = roundOf.get(p);
    if (free.includes(p)) return { ...common, funded: true, reason: 'funded-free', round, stage: 'mes' };
    const t = mesRound.get(p);
    if (run && t !== undefined) {
      return { ...common, funded: true, reason: 'funded-mes', round, stage: 'mes', mes: mesFunded(profile, run, t, unitsPerCurrency) };
    }
    const decision = decisions.get(p);
    const greedy = decision
      ? {
          budgetLeftBefore: money(profile, decision.budgetLeftBefore),
          ...(decision.funded ? {} : { shortBy: money(profile, profile.costUnits[p] - decision.budgetLeftBefore) }),
        }
      : {};
    const supported = profile.supOffsets[p + 1] > profile.supOffsets[p];
    const mes = run && supported ? { mes: mesShort(profile, run, p, unitsPerCurrency) } : {};
    if (decision?.funded) {
      return { ...common, funded: true, reason: 'funded-completion', round, stage: 'completion', ...greedy, ...mes };
    }
    const reason =
      profile.costUnits[p] > profile.budgetUnits ? 'over-total-budget' : supported ? 'supporters-short' : 'no-supporters';
    return { ...common, funded: false, reason, ...greedy, ...mes };
  });

  const ties: TieRecord[] = [];
  run?.rounds.forEach((r, i) => {
    if (!r.tied) return;
    ties.push({
      stage: 'mes',
      round: free.length + i + 1,
      candidates: r.tied.map((p) => profile.ids[p]),
      chosen: profile.ids[r.tied[0]],
      decidedBy: tieDecidedBy(profile, tieBreak, r.tied[0], r.tied[1]),
    });
  });
  if (completion) ties.push(...greedyTies(profile, tieBreak, completion, 'completion', free.length + mesSelection.length));

  const share = run ? new Rational(run.budgetPerVoter, unitsPerCurrency) : Rational.ZERO;
  const mes: EqualSharesSummary = {
    budgetPerVoter: share.toFixed(2),
    budgetPerVoterExact: share.reduced().toString(),
    increments: count.increments,
    runs: count.runs,
  };
  return { selected, projects, ties, mes };
}
