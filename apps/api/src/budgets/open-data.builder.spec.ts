import { parsePabulib, writePabulib } from '@agora/vote-counting';

import type { BudgetEntity } from './budget.entity';
import { budgetInstance } from './open-data.builder';

const budget = (overrides: Partial<BudgetEntity>): BudgetEntity =>
  ({
    name: 'Toute la ville',
    amountCents: 100_000_00,
    ballotKind: 'knapsack',
    countingRule: 'mes',
    minSpendCents: null,
    minProjects: null,
    maxProjects: null,
    points: null,
    maxPointsPerProject: null,
    minVotes: null,
    ...overrides,
  }) as BudgetEntity;

const projects = [{ id: 'p1', title: 'Bancs', cost_cents: '5000000', category: null, address: null, lat: null, lng: null, quartier: null }];
const context = { description: 'BP 2026', unit: 'Beaulieu', instance: '2026' };

describe('budgetInstance (the published Pabulib file)', () => {
  it('states the ballot limits and the rule as Pabulib META fields', () => {
    const meta = budgetInstance(budget({ minSpendCents: 50_000_00 }), projects, [], context).meta;
    expect([meta.get('rule'), meta.get('max_sum_cost'), meta.get('min_sum_cost')]).toEqual(['equalshares/add1', '100000.00', '50000.00']);
    expect(meta.has('min_votes_per_project')).toBe(false);
  });

  it('carries the minimum-votes threshold, so that a recount can leave out the same projects', () => {
    const instance = budgetInstance(budget({ minVotes: 25 }), projects, [], context);
    expect(instance.meta.get('min_votes_per_project')).toBe('25');
    // Unknown to other Pabulib tools, but kept by a reader: it survives the round trip.
    expect(parsePabulib(writePabulib(instance)).meta.get('min_votes_per_project')).toBe('25');
  });
});
