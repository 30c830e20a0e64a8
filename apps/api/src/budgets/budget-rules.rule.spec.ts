import { ballotConstraints, ballotRulesText, normalisedRules, rulesProblem } from './budget-rules.rule';

const city = { name: 'Nantes', cityWide: true };
const nord = { name: 'Quartier Nord', cityWide: false };

describe('ballot rules', () => {
  it('state a knapsack ballot in plain French', () => {
    const rules = normalisedRules({ ballotKind: 'knapsack', amountCents: 20000000 });
    expect(ballotRulesText(rules, 20000000, nord).fr).toMatch(/^Vous pouvez choisir des projets jusqu’à 200\s000\s€ pour votre quartier \(Quartier Nord\)\.$/);
  });

  it('state an approval ballot with a minimum and a maximum', () => {
    const rules = normalisedRules({ ballotKind: 'approval', amountCents: 1, minProjects: 2, maxProjects: 5 });
    expect(ballotRulesText(rules, 1, city).fr).toBe('Choisissez entre 2 et 5 projets pour toute la ville (Nantes).');
  });

  it('state a ranked ballot', () => {
    const rules = normalisedRules({ ballotKind: 'ranked', amountCents: 1, maxProjects: 3 });
    expect(ballotRulesText(rules, 1, city).en).toBe('Rank up to 3 projects for the whole city (Nantes), from your favourite down.');
  });

  it('drop the fields another kind of ballot would use', () => {
    expect(normalisedRules({ ballotKind: 'knapsack', amountCents: 100, maxProjects: 3, points: 10 })).toEqual({
      kind: 'knapsack',
      minSpendCents: null,
      minProjects: null,
      maxProjects: null,
      points: null,
      maxPointsPerProject: null,
    });
  });

  it('refuse a minimum spend above the envelope', () => {
    expect(rulesProblem({ ballotKind: 'knapsack', amountCents: 100, minSpendCents: 200 })).not.toBeNull();
  });

  it('refuse a per-project maximum above the total of points', () => {
    expect(rulesProblem({ ballotKind: 'cumulative', amountCents: 100, points: 5, maxPointsPerProject: 6 })).not.toBeNull();
  });

  it('cap a knapsack ballot at the envelope, in euros', () => {
    const constraints = ballotConstraints(normalisedRules({ ballotKind: 'knapsack', amountCents: 150050 }), 150050);
    expect(constraints.maxSumCost?.toString()).toBe('1500.50');
  });
});
