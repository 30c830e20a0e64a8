import type { Budget } from '@agora/contracts';

import { checkSelection, EMPTY_SELECTION, orderedChoice } from './ballot-check.rule';

function budget(overrides: Partial<Budget> = {}): Budget {
  return {
    id: 'b',
    processId: 'p',
    territoryId: 't',
    territoryName: 'Ville',
    cityWide: true,
    name: 'Toute la ville',
    amountCents: 100000,
    rules: {
      kind: 'knapsack',
      minSpendCents: null,
      minProjects: null,
      maxProjects: null,
      points: null,
      maxPointsPerProject: null,
    },
    countingRule: 'greedy',
    tieBreak: 'default',
    minVotes: null,
    lockedAt: null,
    rulesText: { fr: '', en: '' },
    projects: [
      {
        id: 'p6',
        budgetId: 'b',
        proposalId: null,
        title: 'P600',
        description: '',
        costCents: 60000,
        quartierId: null,
        lng: null,
        lat: null,
        address: null,
        category: null,
        imagePath: null,
      },
      {
        id: 'p5',
        budgetId: 'b',
        proposalId: null,
        title: 'P500',
        description: '',
        costCents: 50000,
        quartierId: null,
        lng: null,
        lat: null,
        address: null,
        category: null,
        imagePath: null,
      },
      {
        id: 'p3',
        budgetId: 'b',
        proposalId: null,
        title: 'P300',
        description: '',
        costCents: 30000,
        quartierId: null,
        lng: null,
        lat: null,
        address: null,
        category: null,
        imagePath: null,
      },
    ],
    ...overrides,
  };
}

describe('checking a ballot in the browser', () => {
  it('accepts an empty choice: the resident does not vote in this envelope', () => {
    expect(checkSelection(budget(), EMPTY_SELECTION).problems).toEqual([]);
  });

  it('adds up the cost of the chosen projects', () => {
    const check = checkSelection(budget(), { ...EMPTY_SELECTION, projectIds: ['p6', 'p3'] });
    expect(check).toMatchObject({ spentCents: 90000, count: 2, problems: [] });
  });

  it('refuses a knapsack ballot over the envelope, with the amounts in cents', () => {
    const check = checkSelection(budget(), { ...EMPTY_SELECTION, projectIds: ['p6', 'p5'] });
    expect(check.problems).toEqual([
      {
        key: 'budgets.ballot.problem.overBudget',
        params: { total: 110000, max: 100000 },
        money: ['total', 'max'],
      },
    ]);
  });

  it('refuses too many projects on an approval ballot', () => {
    const rules = { ...budget().rules, kind: 'approval' as const, maxProjects: 2 };
    const check = checkSelection(budget({ rules }), { ...EMPTY_SELECTION, projectIds: ['p6', 'p5', 'p3'] });
    expect(check.problems.map((problem) => problem.key)).toEqual(['budgets.ballot.problem.tooMany']);
  });

  it('refuses more points than the resident has', () => {
    const rules = { ...budget().rules, kind: 'cumulative' as const, points: 5, maxPointsPerProject: 4 };
    const check = checkSelection(budget({ rules }), {
      ...EMPTY_SELECTION,
      projectIds: ['p6', 'p5'],
      points: { p6: 4, p5: 3 },
    });
    expect(check.pointsUsed).toBe(7);
    expect(check.problems.map((problem) => problem.key)).toEqual(['budgets.ballot.problem.tooManyPoints']);
  });

  it('orders a ranked choice by rank and refuses two projects at the same rank', () => {
    const rules = { ...budget().rules, kind: 'ranked' as const, maxProjects: 3 };
    const selection = { ...EMPTY_SELECTION, projectIds: ['p6', 'p5'], ranks: { p6: 2, p5: 1 } };
    expect(orderedChoice('ranked', selection)).toEqual(['p5', 'p6']);
    const tied = checkSelection(budget({ rules }), { ...selection, ranks: { p6: 1, p5: 1 } });
    expect(tied.problems.map((problem) => problem.key)).toEqual(['budgets.ballot.problem.ranks']);
  });
});
