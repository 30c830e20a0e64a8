import type { BallotKind, CountingRule, TieBreakRule } from '@agora/contracts';

/** The ballot kinds as officials choose them: a name and one sentence of what the voter does. */
export const BALLOT_KIND_OPTIONS: ReadonlyArray<{ kind: BallotKind; label: string; hint: string }> = [
  { kind: 'knapsack', label: 'budgets.builder.kind.knapsack', hint: 'budgets.builder.kind.knapsackHint' },
  { kind: 'approval', label: 'budgets.builder.kind.approval', hint: 'budgets.builder.kind.approvalHint' },
  { kind: 'cumulative', label: 'budgets.builder.kind.cumulative', hint: 'budgets.builder.kind.cumulativeHint' },
  { kind: 'ranked', label: 'budgets.builder.kind.ranked', hint: 'budgets.builder.kind.rankedHint' },
];

export const COUNTING_RULE_OPTIONS: ReadonlyArray<{ rule: CountingRule; label: string; hint: string }> = [
  { rule: 'greedy', label: 'budgets.builder.counting.greedy', hint: 'budgets.builder.counting.greedyHint' },
  { rule: 'mes', label: 'budgets.builder.counting.mes', hint: 'budgets.builder.counting.mesHint' },
];

export const TIE_BREAK_OPTIONS: ReadonlyArray<{ rule: TieBreakRule; label: string; hint: string }> = [
  { rule: 'default', label: 'budgets.builder.tieBreak.default', hint: 'budgets.builder.tieBreak.defaultHint' },
  { rule: 'id', label: 'budgets.builder.tieBreak.id', hint: 'budgets.builder.tieBreak.idHint' },
];
