import { Decimal } from '../numbers/decimal.value';
import { parsePabulib } from '../pabulib/pabulib.parser';
import { readPabulibFixture } from '../testing/shared-data.fixture';
import { ballotConstraintsFromMeta, BallotConstraints, projectCosts, validateBallot } from './ballot.validator';

const costs = new Map([
  ['park', Decimal.parse('60000')],
  ['bench', Decimal.parse('5000.50')],
  ['trees', Decimal.parse('40000')],
]);
const approval: BallotConstraints = { voteType: 'approval', minLength: 1, maxLength: 2, maxSumCost: Decimal.parse('100000') };
const cumulative: BallotConstraints = {
  voteType: 'cumulative',
  minPoints: Decimal.parse('0'),
  maxPoints: Decimal.parse('3'),
  minSumPoints: Decimal.parse('1'),
  maxSumPoints: Decimal.parse('5'),
};

function codes(result: ReturnType<typeof validateBallot>): string[] {
  return result.valid ? [] : result.violations.map((v) => v.code);
}

describe('validateBallot', () => {
  it('accepts a ballot within every limit and gives its exact total', () => {
    expect(validateBallot({ projects: ['park', 'bench'] }, approval, costs)).toEqual({ valid: true, totalCost: '65000.5' });
  });

  it('accepts a ballot that costs exactly the limit', () => {
    expect(validateBallot({ projects: ['park', 'trees'] }, approval, costs).valid).toBe(true);
  });

  it('refuses a ballot over the budget, saying it in French and in English', () => {
    const result = validateBallot({ projects: ['park', 'trees'] }, { ...approval, maxSumCost: Decimal.parse('99999.99') }, costs);
    expect(result).toEqual({
      valid: false,
      violations: [
        {
          code: 'over-budget',
          params: { total: '100000', max: '99999.99' },
          message: {
            fr: 'Vos projets coûtent 100000. Le maximum est 99999.99. Retirez un projet.',
            en: 'Your projects cost 100000. The maximum is 99999.99. Remove a project.',
          },
        },
      ],
    });
  });

  it('refuses too many and too few projects', () => {
    expect(codes(validateBallot({ projects: ['park', 'bench', 'trees'] }, { ...approval, maxSumCost: undefined }, costs))).toEqual(['too-many-projects']);
    const empty = validateBallot({ projects: [] }, approval, costs);
    expect(empty).toMatchObject({ valid: false, violations: [{ code: 'too-few-projects', params: { min: 1, count: 0 } }] });
    expect(!empty.valid && empty.violations[0].message.fr).toBe('Choisissez au moins 1 projet. Vous en avez choisi 0.');
  });

  it('refuses a ballot under the minimum total cost', () => {
    expect(codes(validateBallot({ projects: ['bench'] }, { ...approval, minSumCost: Decimal.parse('10000') }, costs))).toEqual([
      'under-minimum-cost',
    ]);
  });

  it('refuses unknown and repeated projects', () => {
    expect(codes(validateBallot({ projects: ['pool', 'bench', 'bench'] }, { voteType: 'approval' }, costs))).toEqual([
      'unknown-project',
      'duplicate-project',
    ]);
  });

  it('requires exactly one project for choose-1', () => {
    expect(codes(validateBallot({ projects: ['park', 'bench'] }, { voteType: 'choose-1' }, costs))).toEqual(['too-many-projects']);
  });

  it('checks a ranking length', () => {
    const ranking: BallotConstraints = { voteType: 'ordinal', minLength: 3, maxLength: 3 };
    expect(codes(validateBallot({ projects: ['trees', 'park'] }, ranking, costs))).toEqual(['too-few-projects']);
    expect(validateBallot({ projects: ['trees', 'park', 'bench'] }, ranking, costs).valid).toBe(true);
  });

  it('accepts points within the per-project and total limits', () => {
    expect(validateBallot({ projects: ['park', 'bench'], points: [3, '2'] }, cumulative, costs)).toEqual({
      valid: true,
      totalCost: '65000.5',
      totalPoints: '5',
    });
  });

  it('refuses points above the maximum per project and too many points in total', () => {
    const result = validateBallot({ projects: ['park', 'bench', 'trees'], points: [4, 2, 1] }, cumulative, costs);
    expect(result).toMatchObject({
      valid: false,
      violations: [
        { code: 'points-above-maximum', params: { project: 'park', value: '4', max: '3' } },
        { code: 'too-many-points', params: { total: '7', max: '5' } },
      ],
    });
  });

  it('refuses negative, non-numeric, missing and mismatched points', () => {
    expect(codes(validateBallot({ projects: ['park'], points: [-1] }, cumulative, costs))).toEqual(['points-below-minimum', 'too-few-points']);
    expect(codes(validateBallot({ projects: ['park'], points: ['lots'] }, cumulative, costs))).toEqual(['invalid-points', 'too-few-points']);
    expect(codes(validateBallot({ projects: ['park'] }, cumulative, costs))).toEqual(['points-missing']);
    expect(codes(validateBallot({ projects: ['park', 'bench'], points: [1] }, cumulative, costs))).toEqual(['points-count-mismatch']);
  });

  it('reads the constraints a file declares, with the format defaults', () => {
    const toulouse = parsePabulib(readPabulibFixture('France_Toulouse_2019.pb'));
    const constraints = ballotConstraintsFromMeta(toulouse);
    expect(constraints).toMatchObject({ voteType: 'cumulative', minLength: 1, maxLength: 30 });
    expect(constraints.maxPoints?.toString()).toBe('3');
    expect(constraints.maxSumPoints?.toString()).toBe('7');
    const first = toulouse.projects[0].id;
    expect(validateBallot({ projects: [first], points: [4] }, constraints, projectCosts(toulouse))).toMatchObject({
      valid: false,
      violations: [{ code: 'points-above-maximum' }],
    });
  });
});
