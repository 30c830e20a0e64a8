import { handMade } from '../testing/instance.fixture';
import { tally } from './tally.rule';

// Outcomes derived by hand, one scenario per test.
const abc = handMade(100, [['A', 60], ['B', 50], ['C', 30]], [['A', 'B'], ['A', 'B'], ['A'], ['C']]);

function explanation(outcome: ReturnType<typeof tally>, id: string) {
  return outcome.projects.find((project) => project.id === id)!;
}

describe('greedy rule', () => {
  it('funds the most supported projects first and skips one that no longer fits', () => {
    const outcome = tally(abc, { rule: 'greedy' });
    expect(outcome.selected).toEqual(['A', 'C']);
    expect(outcome.budgetUsed).toBe('90');
    expect(explanation(outcome, 'B')).toEqual({
      id: 'B',
      cost: '50',
      supporters: 2,
      satisfaction: '100',
      funded: false,
      reason: 'budget-ran-out',
      budgetLeftBefore: '40',
      shortBy: '10',
    });
    expect(explanation(outcome, 'C')).toMatchObject({ funded: true, round: 2, budgetLeftBefore: '40', reason: 'funded-greedy' });
  });

  it('stops at the first project that does not fit when it may not skip', () => {
    const outcome = tally(abc, { rule: 'greedy-no-skip' });
    expect(outcome.selected).toEqual(['A']);
    expect(explanation(outcome, 'B').reason).toBe('budget-ran-out');
    expect(explanation(outcome, 'C').reason).toBe('stopped-before');
  });

  it('never funds a project costing more than the whole budget, however popular', () => {
    const instance = handMade(100, [['big', 150], ['small', 40]], [['big'], ['big'], ['big', 'small']]);
    const outcome = tally(instance, { rule: 'greedy' });
    expect(outcome.selected).toEqual(['small']);
    expect(explanation(outcome, 'big').reason).toBe('over-total-budget');
  });

  it('funds a project nobody voted for last, if it still fits (as pabutools does)', () => {
    const instance = handMade(100, [['liked', 50], ['ignored', 20]], [['liked'], ['liked']]);
    const outcome = tally(instance, { rule: 'greedy' });
    expect(outcome.selected).toEqual(['liked', 'ignored']);
    expect(explanation(outcome, 'ignored')).toMatchObject({ supporters: 0, round: 2 });
  });

  it('counts empty ballots without effect on greedy', () => {
    const withEmpty = handMade(100, [['A', 60], ['B', 50], ['C', 30]], [['A', 'B'], ['A', 'B'], ['A'], ['C'], [], []]);
    expect(tally(withEmpty, { rule: 'greedy' }).selected).toEqual(['A', 'C']);
  });

  it('breaks a tie by lower cost by default and by smaller id with `id`, and records it', () => {
    const instance = handMade(30, [['a', 30], ['b', 20]], [['a', 'b'], ['a', 'b']]);
    const byDefault = tally(instance, { rule: 'greedy' });
    expect(byDefault.selected).toEqual(['b']);
    expect(byDefault.ties).toEqual([{ stage: 'greedy', round: 1, candidates: ['b', 'a'], chosen: 'b', decidedBy: 'cost' }]);
    const byId = tally(instance, { rule: 'greedy', tieBreak: 'id' });
    expect(byId.selected).toEqual(['a']);
    expect(byId.ties).toEqual([{ stage: 'greedy', round: 1, candidates: ['a', 'b'], chosen: 'a', decidedBy: 'id' }]);
  });

  it('favours cheap projects with cardinality satisfaction', () => {
    const instance = handMade(100, [['X', 90], ['Y', 10], ['Z', 20]], [['X', 'Y'], ['X', 'Z'], ['X']]);
    expect(tally(instance, { rule: 'greedy', sat: 'cost' }).selected).toEqual(['X', 'Y']);
    expect(tally(instance, { rule: 'greedy', sat: 'cardinality' }).selected).toEqual(['Y', 'Z']);
  });

  it('ranks by points per cost with points satisfaction', () => {
    const instance = handMade(
      60,
      [['P', 30], ['Q', 30], ['R', 40]],
      [[['P', 3]], [['P', 1], ['Q', 2]], [['Q', 3]], [['R', 1]], [['R', 1]], [['R', 1]], [['R', 1]], [['R', 1]], [['R', 1]]],
      'cumulative',
    );
    // Points: P 4, Q 5, R 6 → per cost Q 1/6, P 2/15, R 3/20; by voters R (6) comes first.
    expect(tally(instance, { rule: 'greedy', sat: 'points' }).selected).toEqual(['Q', 'P']);
    expect(tally(instance, { rule: 'greedy', sat: 'cost' }).selected).toEqual(['R']);
  });

  it('handles an election without ballots', () => {
    const instance = handMade(10, [['A', 5], ['B', 6]], []);
    expect(tally(instance, { rule: 'greedy', tieBreak: 'id' }).selected).toEqual(['A']);
  });
});
