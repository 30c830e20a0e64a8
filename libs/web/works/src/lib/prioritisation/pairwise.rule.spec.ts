import { reorderPairwise } from './pairwise.rule';

describe('reorderPairwise', () => {
  // a beats b 2–1, c beats a 3–0, c beats b 2–1 in the library's order [a, b, c].
  const ids = ['a', 'b', 'c'];
  const matrix = [
    [0, 2, 0],
    [1, 0, 1],
    [3, 2, 0],
  ];

  it('puts rows and columns in the order of the ranking', () => {
    expect(reorderPairwise(ids, matrix, ['c', 'a', 'b'])).toEqual({
      ids: ['c', 'a', 'b'],
      matrix: [
        [0, 3, 2],
        [0, 0, 2],
        [1, 1, 0],
      ],
    });
  });

  it('keeps the table as it is when the ranking follows its order', () => {
    expect(reorderPairwise(ids, matrix, ids).matrix).toEqual(matrix);
  });

  it('skips a ranked work missing from the table', () => {
    expect(reorderPairwise(ids, matrix, ['b', 'z', 'a']).ids).toEqual(['b', 'a']);
  });
});
