import { countPrioritisation, CountedBallot, prioritisationInstance } from './prioritisation-count.rule';

const works = [
  { id: 'a', title: 'Éclairage rue Haute', costCents: 100000, category: 'eclairage' },
  { id: 'b', title: 'Trottoirs', costCents: null, category: 'voirie' },
  { id: 'c', title: 'Square', costCents: 50000, category: 'espaces_verts' },
];
const meta = { description: 'Test', unit: 'Quartier', instance: 'test', rule: 'borda' };

describe('countPrioritisation', () => {
  const ranked: CountedBallot[] = [
    { voterId: 'v1', content: { ranking: ['a', 'b', 'c'] } },
    { voterId: 'v2', content: { ranking: ['a', 'c', 'b'] } },
    { voterId: 'v3', content: { ranking: ['b', 'a'] } },
  ];

  it('ranks by Borda and keeps the pairwise table', () => {
    const outcome = countPrioritisation('ranking', 'borda', prioritisationInstance('ranking', works, ranked, meta), ranked);
    expect(outcome.ranking.map((r) => [r.workId, r.score, r.total])).toEqual([
      ['a', '8', 2],
      ['b', '6', 1],
      ['c', '3', 0],
    ]);
    const { ids, matrix } = outcome.pairwise!;
    expect(matrix[ids.indexOf('a')][ids.indexOf('b')]).toBe(2);
    expect(matrix[ids.indexOf('b')][ids.indexOf('c')]).toBe(2);
  });

  it('ranks by Schulze', () => {
    const outcome = countPrioritisation('ranking', 'schulze', prioritisationInstance('ranking', works, ranked, meta), ranked);
    expect(outcome.rule).toBe('schulze');
    expect(outcome.ranking[0].workId).toBe('a');
  });

  it('ranks points by their average', () => {
    const ballots: CountedBallot[] = [
      { voterId: 'v1', content: { points: [['a', 20], ['c', 80]] } },
      { voterId: 'v2', content: { points: [['b', 100]] } },
    ];
    const outcome = countPrioritisation('points', null, prioritisationInstance('points', works, ballots, meta), ballots);
    expect(outcome.ranking.map((r) => [r.workId, r.score, r.total])).toEqual([
      ['b', '50.00', 100],
      ['c', '40.00', 80],
      ['a', '10.00', 20],
    ]);
    expect(outcome.pairwise).toBeNull();
  });
});
