import { checkPrioritisationBallot } from './prioritisation-ballot.rule';

const works = ['w1', 'w2', 'w3'];

describe('checkPrioritisationBallot', () => {
  it('keeps a ranking in rank order', () => {
    expect(checkPrioritisationBallot('ranking', works, { ranking: [{ workId: 'w3', rank: 2 }, { workId: 'w1', rank: 1 }] })).toEqual({ ok: true, content: { ranking: ['w1', 'w3'] } });
  });

  it('refuses two works at the same rank', () => {
    const check = checkPrioritisationBallot('ranking', works, { ranking: [{ workId: 'w1', rank: 1 }, { workId: 'w2', rank: 1 }] });
    expect(check.ok === false && check.code).toBe('DUPLICATE_RANK');
  });

  it('refuses ranks with a gap', () => {
    const check = checkPrioritisationBallot('ranking', works, { ranking: [{ workId: 'w1', rank: 1 }, { workId: 'w2', rank: 3 }] });
    expect(check.ok === false && check.code).toBe('RANKS_NOT_CONTIGUOUS');
  });

  it('names the works that are not in the prioritisation', () => {
    const check = checkPrioritisationBallot('ranking', works, { ranking: [{ workId: 'other', rank: 1 }] });
    expect(check).toMatchObject({ ok: false, code: 'WORK_NOT_IN_PRIORITISATION', foreign: ['other'] });
  });

  it('refuses points not summing to 100', () => {
    const check = checkPrioritisationBallot('points', works, { points: [{ workId: 'w1', points: 60 }, { workId: 'w2', points: 30 }] });
    expect(check).toMatchObject({ ok: false, code: 'POINTS_NOT_100', text: { en: 'Spread exactly 100 points (you gave 90).' } });
  });

  it('stores points in the list’s order and drops zeros', () => {
    expect(checkPrioritisationBallot('points', works, { points: [{ workId: 'w3', points: 70 }, { workId: 'w2', points: 0 }, { workId: 'w1', points: 30 }] })).toEqual({
      ok: true,
      content: { points: [['w1', 30], ['w3', 70]] },
    });
  });

  it('refuses a ranking sent to a points prioritisation', () => {
    const check = checkPrioritisationBallot('points', works, { ranking: [{ workId: 'w1', rank: 1 }] });
    expect(check.ok === false && check.code).toBe('WRONG_BALLOT_MODE');
  });
});
