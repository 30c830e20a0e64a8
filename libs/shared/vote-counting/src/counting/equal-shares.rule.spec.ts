import { handMade } from '../testing/instance.fixture';
import { tally } from './tally.rule';

// Outcomes derived by hand, one scenario per test. Amounts in the comments are per voter.
function explanation(outcome: ReturnType<typeof tally>, id: string) {
  return outcome.projects.find((project) => project.id === id)!;
}

// 10 voters, budget 100: each has 10. Six support X1 and X2 (50 each), four support Y (50).
const split = handMade(
  100,
  [['X1', 50], ['X2', 50], ['Y', 50]],
  [...Array(6).fill(['X1', 'X2']), ...Array(4).fill(['Y'])],
);

describe('Method of Equal Shares', () => {
  it('funds what supporters can pay for: the six pay X1 (8.33 each), then cannot afford X2; the four cannot afford Y (40 < 50)', () => {
    const outcome = tally(split, { rule: 'mes', tieBreak: 'id' });
    expect(outcome.selected).toEqual(['X1']);
    expect(outcome.ties).toEqual([{ stage: 'mes', round: 1, candidates: ['X1', 'X2'], chosen: 'X1', decidedBy: 'id' }]);
    expect(explanation(outcome, 'X1').mes).toEqual({
      rho: '0.16666667',
      pricePerSupporter: '8.33',
      supportersPayingAll: 0,
      supportersMoney: '60.00',
    });
    expect(explanation(outcome, 'Y')).toMatchObject({ reason: 'supporters-short', mes: { supportersMoney: '40.00', shortBy: '10.00' } });
    expect(explanation(outcome, 'X2').mes).toEqual({ supportersMoney: '10.00', shortBy: '40.00' });
  });

  it('with add1, raises shares to 13 where the four can pay Y (12.50 each): exhaustive, so it stops there', () => {
    const outcome = tally(split, { rule: 'mes', completion: 'add1', tieBreak: 'id' });
    expect(outcome.selected).toEqual(['X1', 'Y']);
    expect(outcome.budgetUsed).toBe('100');
    expect(outcome.mes).toMatchObject({ budgetPerVoter: '13.00', increments: 3 });
    expect(explanation(outcome, 'Y').mes).toMatchObject({ pricePerSupporter: '12.50', supportersMoney: '52.00' });
  });

  it('lets a poor supporter pay all they have and the others the rest', () => {
    // Budget 100, 4 voters (25 each). A (60) by v1–v3: 20 each. Then C (30) by v1 (5 left) and v4 (25):
    // v1 pays 5, v4 pays 25. B (40) by v4 alone never fits.
    const instance = handMade(100, [['A', 60], ['B', 40], ['C', 30]], [['A', 'C'], ['A'], ['A'], ['B', 'C']]);
    const outcome = tally(instance, { rule: 'mes' });
    expect(outcome.selected).toEqual(['A', 'C']);
    expect(explanation(outcome, 'C').mes).toEqual({
      rho: '0.83333333',
      pricePerSupporter: '25.00',
      supportersPayingAll: 2,
      supportersMoney: '30.00',
    });
    expect(explanation(outcome, 'B')).toMatchObject({ reason: 'supporters-short', mes: { supportersMoney: '0.00', shortBy: '40.00' } });
  });

  it('counts empty ballots in the number of shares', () => {
    // Same votes plus two empty ballots: 6 shares of 16.67, A's three supporters have 50 < 60.
    const instance = handMade(100, [['A', 60], ['B', 40], ['C', 30]], [['A', 'C'], ['A'], ['A'], ['B', 'C'], [], []]);
    expect(tally(instance, { rule: 'mes' }).selected).toEqual(['C']);
  });

  it('funds a free project with supporters first (cardinality), as pabutools does', () => {
    const instance = handMade(10, [['free', 0], ['paid', 10]], [['free', 'paid'], ['paid']]);
    const outcome = tally(instance, { rule: 'mes', sat: 'cardinality' });
    expect(outcome.selected).toEqual(['free', 'paid']);
    expect(explanation(outcome, 'free')).toMatchObject({ reason: 'funded-free', round: 1 });
  });

  it('leaves a free project to the completion with cost satisfaction: it satisfies nobody (cost 0)', () => {
    const instance = handMade(10, [['free', 0], ['paid', 10]], [['free', 'paid'], ['paid']]);
    expect(tally(instance, { rule: 'mes', sat: 'cost' }).selected).toEqual(['paid']);
    expect(tally(instance, { rule: 'mes', sat: 'cost', completion: 'add1-greedy' }).selected).toEqual(['paid', 'free']);
  });

  it('never funds a project nobody supports, and says so', () => {
    const instance = handMade(100, [['A', 10], ['lonely', 5]], [['A']]);
    const outcome = tally(instance, { rule: 'mes', completion: 'add1' });
    expect(outcome.selected).toEqual(['A']);
    expect(explanation(outcome, 'lonely').reason).toBe('no-supporters');
  });

  it('with add1, raises shares until the big project fits, which then comes first (lower ρ)', () => {
    // Shares of 25: big (90) gets 75 from its three supporters; cheap (10) is paid by v4 alone.
    // At 30 the three pay 30 each for big at ρ = 1/3, below cheap's ρ = 1: big first, then cheap.
    const instance = handMade(100, [['big', 90], ['cheap', 10]], [['big'], ['big'], ['big'], ['cheap']]);
    expect(tally(instance, { rule: 'mes' }).selected).toEqual(['cheap']);
    const add1 = tally(instance, { rule: 'mes', completion: 'add1' });
    expect(add1.selected).toEqual(['big', 'cheap']);
    expect(add1.mes).toMatchObject({ budgetPerVoter: '30.00', increments: 5 });
  });

  it('lets the greedy completion spend what add1 leaves', () => {
    // Shares of 20 (5 voters). A (50) by v1–v3 at 16.67 each, B (30) by v4, v5 at 15 each. C (40),
    // liked by v1 alone, no longer fits in the 20 left, and D has no supporter: the outcome is
    // already exhaustive for equal shares, so add1 stops at once. The greedy completion then looks
    // at C (one supporter, too expensive) and funds D (15).
    const instance = handMade(100, [['A', 50], ['B', 30], ['C', 40], ['D', 15]], [['A', 'C'], ['A'], ['A'], ['B'], ['B']]);
    expect(tally(instance, { rule: 'mes', completion: 'add1' }).selected).toEqual(['A', 'B']);
    const completed = tally(instance, { rule: 'mes', completion: 'add1-greedy' });
    expect(completed.selected).toEqual(['A', 'B', 'D']);
    expect(explanation(completed, 'D')).toMatchObject({ reason: 'funded-completion', stage: 'completion', budgetLeftBefore: '20' });
    // The completion looks at C first (one supporter) with 20 left: 20 short.
    expect(explanation(completed, 'C')).toMatchObject({ reason: 'supporters-short', budgetLeftBefore: '20', shortBy: '20' });
  });

  it('pays by points with points satisfaction', () => {
    // Budget 60, 3 voters with 20. P (30): v1 3 pts, v2 1 pt; Q (30): v2 2 pts, v3 3 pts.
    // Points: ρ_P = 10 (v1 poor pays 20, v2 pays 10), ρ_Q = 6 (v2 12, v3 18): Q first, then P is short.
    // Cost: ρ_P = ρ_Q = 1/2 (15 each), tie to P by id; then Q's supporters have 5 + 20 < 30.
    const instance = handMade(60, [['P', 30], ['Q', 30]], [[['P', 3]], [['P', 1], ['Q', 2]], [['Q', 3]]], 'cumulative');
    expect(tally(instance, { rule: 'mes', sat: 'points' }).selected).toEqual(['Q']);
    expect(tally(instance, { rule: 'mes', sat: 'cost', tieBreak: 'id' }).selected).toEqual(['P']);
  });

  it('funds nothing by equal shares without ballots', () => {
    const instance = handMade(10, [['A', 5]], []);
    expect(tally(instance, { rule: 'mes', completion: 'add1' }).selected).toEqual([]);
    expect(tally(instance, { rule: 'mes', completion: 'add1-greedy' }).selected).toEqual(['A']);
  });
});
