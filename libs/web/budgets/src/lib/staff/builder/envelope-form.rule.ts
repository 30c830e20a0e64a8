import type { BallotKind, Budget, CountingRule, TieBreakRule, UpdateBudgetRequest } from '@agora/contracts';

import { eurosToCents } from '../cost-input.rule';

/** The envelope form as typed: amounts in euros and counts as text, every rule field present. */
export interface EnvelopeFormValue {
  name: string;
  territoryId: string;
  amount: string;
  ballotKind: BallotKind;
  minSpend: string;
  minProjects: string;
  maxProjects: string;
  points: string;
  maxPointsPerProject: string;
  countingRule: CountingRule;
  tieBreak: TieBreakRule;
  minVotes: string;
}

export type EnvelopeField = keyof EnvelopeFormValue;

/** Every field the envelope request sets, the scope apart (it is chosen once, at creation). */
export type EnvelopeRequest = Required<Pick<UpdateBudgetRequest, 'name' | 'amountCents' | 'ballotKind' | 'countingRule' | 'tieBreak'>> &
  Pick<UpdateBudgetRequest, 'minSpendCents' | 'minProjects' | 'maxProjects' | 'points' | 'maxPointsPerProject' | 'minVotes'>;

export type EnvelopeCheck =
  | { ok: true; request: EnvelopeRequest }
  | { ok: false; problems: Partial<Record<EnvelopeField, string>> };

export const EMPTY_ENVELOPE: EnvelopeFormValue = {
  name: '',
  territoryId: '',
  amount: '',
  ballotKind: 'knapsack',
  minSpend: '',
  minProjects: '',
  maxProjects: '',
  points: '',
  maxPointsPerProject: '',
  countingRule: 'greedy',
  tieBreak: 'default',
  minVotes: '',
};

const euros = (cents: number | null) => (cents === null ? '' : String(cents / 100).replace('.', ','));
const count = (value: number | null) => (value === null ? '' : String(value));

/** A whole number typed in a field: null when empty, NaN when it is not one. */
function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The form filled with a saved envelope. */
export function envelopeFormValueOf(budget: Budget): EnvelopeFormValue {
  return {
    name: budget.name,
    territoryId: budget.territoryId,
    amount: euros(budget.amountCents),
    ballotKind: budget.rules.kind,
    minSpend: euros(budget.rules.minSpendCents),
    minProjects: count(budget.rules.minProjects),
    maxProjects: count(budget.rules.maxProjects),
    points: count(budget.rules.points),
    maxPointsPerProject: count(budget.rules.maxPointsPerProject),
    countingRule: budget.countingRule,
    tieBreak: budget.tieBreak,
    minVotes: count(budget.minVotes),
  };
}

/**
 * The request for the envelope, or a message key per faulty field. Only the fields of the chosen
 * ballot kind are sent (the others as null), as the API keeps them; it checks the same rules again.
 */
export function envelopeRequestOf(value: EnvelopeFormValue): EnvelopeCheck {
  const problems: Partial<Record<EnvelopeField, string>> = {};
  const kind = value.ballotKind;
  if (!value.name.trim()) problems.name = 'budgets.builder.envelope.error.name';
  const amountCents = eurosToCents(value.amount);
  if (Number.isNaN(amountCents) || amountCents < 1) problems.amount = 'budgets.builder.envelope.error.amount';

  const minSpendCents = kind === 'knapsack' && value.minSpend.trim() ? eurosToCents(value.minSpend) : null;
  if (minSpendCents !== null && Number.isNaN(minSpendCents)) problems.minSpend = 'budgets.builder.envelope.error.money';
  else if (minSpendCents !== null && !problems.amount && minSpendCents > amountCents)
    problems.minSpend = 'budgets.builder.envelope.error.minSpendOverAmount';

  const numbers = {
    minProjects: kind === 'approval' ? wholeNumber(value.minProjects) : null,
    maxProjects: kind === 'approval' || kind === 'ranked' ? wholeNumber(value.maxProjects) : null,
    points: kind === 'cumulative' ? wholeNumber(value.points) : null,
    maxPointsPerProject: kind === 'cumulative' ? wholeNumber(value.maxPointsPerProject) : null,
    minVotes: wholeNumber(value.minVotes),
  };
  for (const [field, number] of Object.entries(numbers) as Array<[keyof typeof numbers, number | null]>) {
    if (number === null) continue;
    const least = field === 'minProjects' ? 0 : 1;
    if (Number.isNaN(number) || number < least) problems[field] = least ? 'budgets.builder.envelope.error.positive' : 'budgets.builder.envelope.error.whole';
  }
  if (kind === 'ranked' && numbers.maxProjects === null) problems.maxProjects = 'budgets.builder.envelope.error.rankedK';
  if (kind === 'cumulative' && numbers.points === null) problems.points = 'budgets.builder.envelope.error.points';
  if (!problems.minProjects && !problems.maxProjects && numbers.minProjects !== null && numbers.maxProjects !== null && numbers.minProjects > numbers.maxProjects)
    problems.minProjects = 'budgets.builder.envelope.error.minOverMax';
  if (!problems.points && !problems.maxPointsPerProject && numbers.points !== null && numbers.maxPointsPerProject !== null && numbers.maxPointsPerProject > numbers.points)
    problems.maxPointsPerProject = 'budgets.builder.envelope.error.capOverPoints';

  if (Object.keys(problems).length) return { ok: false, problems };
  return {
    ok: true,
    request: {
      name: value.name.trim(),
      amountCents,
      ballotKind: kind,
      minSpendCents,
      minProjects: numbers.minProjects,
      maxProjects: numbers.maxProjects,
      points: numbers.points,
      maxPointsPerProject: numbers.maxPointsPerProject,
      countingRule: value.countingRule,
      tieBreak: value.tieBreak,
      minVotes: numbers.minVotes,
    },
  };
}
