import type { BallotKind, BallotRules, Budget } from '@agora/contracts';
import { BallotConstraints, BallotViolationCode, Decimal, validateBallot } from '@agora/vote-counting';

/** What a resident picked in one envelope: projects, and points (cumulative) or ranks (ranked). */
export interface Selection {
  projectIds: readonly string[];
  /** cumulative: points per chosen project. */
  points: Readonly<Record<string, number>>;
  /** ranked: 1 for the favourite. */
  ranks: Readonly<Record<string, number>>;
}

export const EMPTY_SELECTION: Selection = { projectIds: [], points: {}, ranks: {} };

/** A problem with a ballot, as a dictionary key and parameters; money is in cents. */
export interface BallotProblem {
  key: string;
  params: Record<string, number>;
  /** Which params are amounts in cents, to be written as euros. */
  money: readonly string[];
}

export interface BallotCheck {
  spentCents: number;
  count: number;
  pointsUsed: number;
  problems: BallotProblem[];
}

const cents = (value: number) => Decimal.of(value, 2);
const toCents = (amount: string | number | undefined) => Math.round(Number(amount ?? 0) * 100);

/** The same constraints the API checks (`budget-rules.rule.ts`), for instant feedback. */
export function constraintsOf(rules: BallotRules, amountCents: number): BallotConstraints {
  const voteType =
    rules.kind === 'cumulative' ? 'cumulative' : rules.kind === 'ranked' ? 'ordinal' : 'approval';
  const base = { voteType, minLength: 1 } as const;
  switch (rules.kind) {
    case 'knapsack':
      return {
        ...base,
        maxSumCost: cents(amountCents),
        ...(rules.minSpendCents ? { minSumCost: cents(rules.minSpendCents) } : {}),
      };
    case 'approval':
      return {
        ...base,
        minLength: Math.max(1, rules.minProjects ?? 1),
        ...(rules.maxProjects ? { maxLength: rules.maxProjects } : {}),
      };
    case 'cumulative':
      return {
        ...base,
        minPoints: Decimal.of(1),
        maxPoints: Decimal.of(rules.maxPointsPerProject ?? rules.points ?? 1),
        maxSumPoints: Decimal.of(rules.points ?? 1),
      };
    case 'ranked':
      return { ...base, ...(rules.maxProjects ? { maxLength: rules.maxProjects } : {}) };
  }
}

/** The chosen projects in the order the API expects: by rank for ranked ballots. */
export function orderedChoice(kind: BallotKind, selection: Selection): string[] {
  if (kind !== 'ranked') return [...selection.projectIds];
  return [...selection.projectIds].sort(
    (a, b) =>
      (selection.ranks[a] ?? Number.MAX_SAFE_INTEGER) - (selection.ranks[b] ?? Number.MAX_SAFE_INTEGER),
  );
}

const PROBLEM_KEYS: Partial<Record<BallotViolationCode, { key: string; money?: string[] }>> = {
  'too-few-projects': { key: 'budgets.ballot.problem.tooFew' },
  'too-many-projects': { key: 'budgets.ballot.problem.tooMany' },
  'over-budget': { key: 'budgets.ballot.problem.overBudget', money: ['total', 'max'] },
  'under-minimum-cost': { key: 'budgets.ballot.problem.underMinimum', money: ['total', 'min'] },
  'points-missing': { key: 'budgets.ballot.problem.pointsMissing' },
  'points-below-minimum': { key: 'budgets.ballot.problem.pointsBelow' },
  'points-above-maximum': { key: 'budgets.ballot.problem.pointsAbove' },
  'too-many-points': { key: 'budgets.ballot.problem.tooManyPoints' },
  'too-few-points': { key: 'budgets.ballot.problem.tooFewPoints' },
};

/**
 * Checks one envelope's choice with the counting library, as the API will. An empty choice is not a
 * problem here: the resident simply does not vote in that envelope.
 */
export function checkSelection(budget: Budget, selection: Selection): BallotCheck {
  const costs = new Map(budget.projects.map((project) => [project.id, cents(project.costCents)]));
  const chosen = orderedChoice(budget.rules.kind, selection).filter((id) => costs.has(id));
  const spentCents = chosen.reduce(
    (sum, id) => sum + (budget.projects.find((p) => p.id === id)?.costCents ?? 0),
    0,
  );
  const cumulative = budget.rules.kind === 'cumulative';
  const points = chosen.map((id) => selection.points[id] ?? 0);
  const pointsUsed = cumulative ? points.reduce((sum, value) => sum + value, 0) : 0;
  const result: BallotCheck = { spentCents, count: chosen.length, pointsUsed, problems: [] };
  if (chosen.length === 0) return result;

  const validation = validateBallot(
    { projects: chosen, ...(cumulative ? { points } : {}) },
    constraintsOf(budget.rules, budget.amountCents),
    costs,
  );
  if (!validation.valid) {
    for (const violation of validation.violations) {
      const known = PROBLEM_KEYS[violation.code];
      if (!known) continue;
      const params: Record<string, number> = {};
      for (const [name, value] of Object.entries(violation.params)) {
        if (name !== 'project') params[name] = known.money?.includes(name) ? toCents(value) : Number(value);
      }
      result.problems.push({ key: known.key, params, money: known.money ?? [] });
    }
  }
  if (budget.rules.kind === 'ranked') {
    const ranks = chosen.map((id) => selection.ranks[id]);
    if (ranks.some((rank) => !rank) || new Set(ranks).size !== ranks.length) {
      result.problems.push({ key: 'budgets.ballot.problem.ranks', params: {}, money: [] });
    }
  }
  return result;
}
