import { Completion } from './counting.model';
import { CountingProfile } from './counting.profile';
import { add1Completion } from './equal-shares.add1';
import { EqualSharesRun } from './equal-shares.run';
import { buildEqualSharesSetup } from './equal-shares.setup';
import { greedySelect, GreedyResult } from './greedy.rule';

/** Everything the Method of Equal Shares decided, before it is turned into explanations. */
export interface EqualSharesCount {
  /** Supported projects that cost nothing: funded first, as pabutools does. */
  readonly free: readonly number[];
  /** The run whose outcome is returned; null when it funds nothing (no voters). */
  readonly run: EqualSharesRun | null;
  /** Currency units added to each voter's share by add1. */
  readonly increments: number;
  readonly runs: number;
  /** The greedy stage of `add1-greedy`. */
  readonly completion: GreedyResult | null;
  /** 10^moneyScale × voters: ledger units per currency unit. */
  readonly unitsPerCurrency: bigint;
}

/**
 * The Method of Equal Shares: every voter gets an equal share of the budget; in each round the
 * project whose supporters can pay for it at the lowest price per unit of satisfaction (ρ) is
 * funded, each supporter paying ρ × their satisfaction or all they have left. Then the completion.
 */
export function countEqualShares(
  profile: CountingProfile,
  tieRanks: Int32Array,
  completion: Completion,
): EqualSharesCount {
  if (!profile.hasSupporterLists) throw new RangeError('the Method of Equal Shares needs a profile with supporter lists');
  const voters = BigInt(profile.voterCount);
  const unitsPerCurrency = 10n ** BigInt(profile.moneyScale) * voters;
  const free: number[] = [];
  for (let p = 0; p < profile.projectCount; p++) {
    if (profile.supOffsets[p + 1] > profile.supOffsets[p] && profile.costUnits[p] === 0n) free.push(p);
  }
  free.sort((a, b) => tieRanks[a] - tieRanks[b]);
  if (profile.voterCount === 0) {
    const rest = completion === 'add1-greedy' ? greedySelect(profile, { tieRanks }) : null;
    return { free, run: null, increments: 0, runs: 0, completion: rest, unitsPerCurrency: 1n };
  }

  // Ledger units: 1/(10^moneyScale × voters) currency, so the initial share budget/voters is an integer.
  const setup = buildEqualSharesSetup(profile, tieRanks);
  const { candidates } = setup;
  const shareAt = (k: number) => profile.budgetUnits + BigInt(k) * unitsPerCurrency;
  const record = completion !== 'none';
  const freshAt = (k: number) => new EqualSharesRun(setup, shareAt(k), record);
  const selectionCost = (selection: readonly number[]) =>
    selection.reduce((sum, p) => sum + profile.costUnits[p], 0n);

  let run: EqualSharesRun | null;
  let increments = 0;
  let runs = 1;
  if (completion === 'none') {
    run = freshAt(0).runToEnd();
  } else {
    const result = add1Completion({
      freshAt,
      isFeasible: (selection) => selectionCost(selection) <= profile.budgetUnits,
      discard: (discarded) => discarded.release(),
      nextOf: (previous) => EqualSharesRun.nextFrom(previous),
      isExhaustive: (selection) => {
        const left = profile.budgetUnits - selectionCost(selection);
        const funded = new Set(selection);
        return !candidates.some((p) => !funded.has(p) && profile.costUnits[p] <= left);
      },
    });
    ({ run, increments, runs } = result);
  }

  let rest: GreedyResult | null = null;
  if (completion === 'add1-greedy') {
    const funded = new Set([...free, ...(run ? run.selection : [])]);
    const left = profile.budgetUnits - selectionCost([...funded]);
    rest = greedySelect(profile, { tieRanks, alreadyFunded: funded, budget: left });
  }
  return { free, run, increments, runs, completion: rest, unitsPerCurrency };
}
