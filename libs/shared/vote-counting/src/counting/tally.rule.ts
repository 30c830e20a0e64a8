import { Decimal } from '../numbers/decimal.value';
import { PabulibInstance } from '../pabulib/pabulib.model';
import { TallyOptions, TallyOutcome } from './counting.model';
import { buildCountingProfile, CountingProfile, tieBreakRanks } from './counting.profile';
import { countEqualShares } from './equal-shares.rule';
import { explainEqualShares, explainGreedy, Explained } from './explanation.builder';
import { greedySelect } from './greedy.rule';

/**
 * Counts an instance by the declared rule: a pure function, instance and options in, outcome out,
 * with an explanation for every project. The same call serves the API, the CLI and auditors.
 */
export function tally(instance: PabulibInstance, options: TallyOptions): TallyOutcome {
  // The greedy rules need only per-project totals, not who supports what.
  const supporterLists = options.rule === 'mes';
  return tallyProfile(buildCountingProfile(instance, options.sat ?? 'cost', { supporterLists }), options);
}

/** {@link tally} on a profile already built (to count several rules without rebuilding it). */
export function tallyProfile(profile: CountingProfile, options: TallyOptions): TallyOutcome {
  const tieBreak = options.tieBreak ?? 'default';
  const completion = options.rule === 'mes' ? (options.completion ?? 'none') : 'none';
  if (options.sat && options.sat !== profile.sat) {
    throw new RangeError(`profile built for ${profile.sat} satisfaction, asked for ${options.sat}`);
  }
  const tieRanks = tieBreakRanks(profile, tieBreak);
  let explained: Explained;
  if (options.rule === 'mes') {
    explained = explainEqualShares(profile, tieBreak, countEqualShares(profile, tieRanks, completion));
  } else {
    const result = greedySelect(profile, { tieRanks, noSkip: options.rule === 'greedy-no-skip' });
    explained = explainGreedy(profile, tieBreak, result);
  }
  const used = explained.selected.reduce((sum, p) => sum.add(profile.costs[p]), Decimal.ZERO);
  return {
    rule: options.rule,
    sat: profile.sat,
    completion,
    tieBreak,
    budget: Decimal.of(profile.budgetUnits, profile.moneyScale).toPlainString(),
    budgetUsed: used.toPlainString(),
    selected: explained.selected.map((p) => profile.ids[p]),
    projects: explained.projects,
    ties: explained.ties,
    ...(explained.mes ? { mes: explained.mes } : {}),
  };
}
