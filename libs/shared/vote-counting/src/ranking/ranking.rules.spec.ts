import { buildPabulibInstance } from '../pabulib/pabulib.builder';
import { handMade } from '../testing/instance.fixture';
import { bordaCount } from './borda.rule';
import { averagePoints, medianPoints } from './points.rule';
import { schulze } from './schulze.rule';

function ordinal(groups: [number, string][], ids = ['A', 'B', 'C', 'D', 'E'], meta: Record<string, string> = {}) {
  let voter = 0;
  return buildPabulibInstance({
    budget: 0,
    voteType: 'ordinal',
    meta,
    projects: ids.map((id) => ({ id, cost: 1 })),
    ballots: groups.flatMap(([count, order]) =>
      Array.from({ length: count }, () => ({ voterId: String(voter++), projects: order.split('') })),
    ),
  });
}

describe('Borda count', () => {
  it('gives 3, 2, 1 points to the three positions of a Kraków-style ballot', () => {
    const instance = ordinal([[2, 'ABC'], [1, 'CBD']], ['A', 'B', 'C', 'D'], { max_length: '3' });
    const result = bordaCount(instance);
    expect(result.pointsByPosition).toEqual([3, 2, 1]);
    // A 6, B 4 + 2 = 6, C 2 + 3 = 5, D 1. A and B tie; by default B goes first: 3 voters listed it, 2 listed A.
    expect(result.ranking.map((r) => [r.id, r.score])).toEqual([
      ['B', '6'],
      ['A', '6'],
      ['C', '5'],
      ['D', '1'],
    ]);
  });

  it('breaks equal points by id when asked', () => {
    const instance = ordinal([[2, 'ABC'], [1, 'CBD']], ['A', 'B', 'C', 'D'], { max_length: '3' });
    expect(bordaCount(instance, { tieBreak: 'id' }).ranking.map((r) => r.id)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('defaults to as many positions as projects', () => {
    expect(bordaCount(ordinal([[1, 'CAB']], ['A', 'B', 'C'])).ranking.map((r) => [r.id, r.score])).toEqual([
      ['C', '3'],
      ['A', '2'],
      ['B', '1'],
    ]);
  });
});

describe('Schulze method', () => {
  // The worked example of Schulze's method: 45 voters, 5 candidates, winner E, E > A > C > B > D.
  const example = ordinal([
    [5, 'ACBED'],
    [5, 'ADECB'],
    [8, 'BEDAC'],
    [3, 'CABED'],
    [7, 'CAEBD'],
    [2, 'CBADE'],
    [7, 'DCEBA'],
    [8, 'EBADC'],
  ]);

  it('computes the full pairwise matrix', () => {
    expect(schulze(example).pairwise).toEqual([
      [0, 20, 26, 30, 22],
      [25, 0, 16, 33, 18],
      [19, 29, 0, 17, 24],
      [15, 12, 28, 0, 14],
      [23, 27, 21, 31, 0],
    ]);
  });

  it('computes the strongest paths', () => {
    expect(schulze(example).strongestPath).toEqual([
      [0, 28, 28, 30, 24],
      [25, 0, 28, 33, 24],
      [25, 29, 0, 29, 24],
      [25, 28, 28, 0, 24],
      [25, 28, 28, 31, 0],
    ]);
  });

  it('ranks E > A > C > B > D', () => {
    const result = schulze(example);
    expect(result.winners).toEqual(['E']);
    expect(result.ranking.map((r) => r.id)).toEqual(['E', 'A', 'C', 'B', 'D']);
  });

  it('puts ranked projects above unranked ones and leaves unranked ones tied', () => {
    const result = schulze(ordinal([[1, 'B']], ['A', 'B', 'C']));
    expect(result.pairwise).toEqual([
      [0, 0, 0],
      [1, 0, 1],
      [0, 0, 0],
    ]);
    expect(result.winners).toEqual(['B']);
  });
});

describe('average and median points', () => {
  // Cumulative ballots; a project a voter leaves out gets 0 from them.
  const instance = handMade(
    0,
    [['P', 1], ['Q', 1], ['R', 1]],
    [[['P', 3], ['Q', 1]], [['Q', 2], ['R', 2]], [['P', 1], ['R', 3]], [['Q', 4]]],
    'cumulative',
  );

  it('ranks by the exact average over all voters', () => {
    // P (3+0+1+0)/4 = 1, Q (1+2+0+4)/4 = 1.75, R (0+2+3+0)/4 = 1.25
    expect(averagePoints(instance).ranking.map((r) => [r.id, r.score])).toEqual([
      ['Q', '1.75'],
      ['R', '1.25'],
      ['P', '1.00'],
    ]);
  });

  it('ranks by the median, averaging the two middle values', () => {
    // P 0,0,1,3 → 0.5; Q 0,1,2,4 → 1.5; R 0,0,2,3 → 1
    expect(medianPoints(instance).ranking.map((r) => [r.id, r.score])).toEqual([
      ['Q', '1.50'],
      ['R', '1.00'],
      ['P', '0.50'],
    ]);
  });

  it('refuses ballots without points', () => {
    expect(() => averagePoints(handMade(0, [['A', 1]], [['A']]))).toThrow('approval ballots without points cannot be averaged');
  });
});
