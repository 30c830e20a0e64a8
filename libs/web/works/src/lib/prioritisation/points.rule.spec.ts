import { checkPoints, pointsToCast } from './points.rule';

const WORKS = ['trottoirs', 'eclairage', 'square'];

describe('checkPoints', () => {
  it('accepts exactly 100 points spread over several works', () => {
    expect(checkPoints({ trottoirs: 50, eclairage: 30, square: 20 }, WORKS, 100)).toEqual({
      used: 100,
      remaining: 0,
      problems: [],
    });
  });

  it('accepts all the points on one work', () => {
    expect(checkPoints({ square: 100 }, WORKS, 100).problems).toEqual([]);
  });

  it('counts the points left while the resident is still spreading them', () => {
    const check = checkPoints({ trottoirs: 40, eclairage: 25 }, WORKS, 100);
    expect({ used: check.used, remaining: check.remaining }).toEqual({ used: 65, remaining: 35 });
    expect(check.problems.map((p) => p.key)).toEqual(['works.ballot.problem.tooFew']);
  });

  it('refuses more than 100 points and says by how many', () => {
    const check = checkPoints({ trottoirs: 80, eclairage: 30 }, WORKS, 100);
    expect(check.remaining).toBe(-10);
    expect(check.problems).toEqual([
      { key: 'works.ballot.problem.tooMany', params: { total: 100, used: 110, remaining: 10 } },
    ]);
  });

  it('asks for points when none are given', () => {
    expect(checkPoints({}, WORKS, 100).problems.map((p) => p.key)).toEqual([
      'works.ballot.problem.nothing',
      'works.ballot.problem.tooFew',
    ]);
  });

  it('refuses negative points', () => {
    expect(checkPoints({ trottoirs: 110, eclairage: -10 }, WORKS, 100).problems.map((p) => p.key)).toEqual([
      'works.ballot.problem.negative',
    ]);
  });

  it('refuses points that are not whole numbers', () => {
    expect(checkPoints({ trottoirs: 50.5, eclairage: 49.5 }, WORKS, 100).problems.map((p) => p.key)).toEqual([
      'works.ballot.problem.invalid',
    ]);
  });
});

describe('pointsToCast', () => {
  it('sends only the works with points, in the order shown', () => {
    expect(pointsToCast({ square: 60, trottoirs: 40, eclairage: 0 }, WORKS)).toEqual({
      workIds: ['trottoirs', 'square'],
      points: [40, 60],
    });
  });
});
