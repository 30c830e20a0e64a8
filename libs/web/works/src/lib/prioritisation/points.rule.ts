import { BallotConstraints, BallotViolationCode, Decimal, validateBallot } from '@agora/vote-counting';

/** Points given per work id; a work left empty counts as 0. */
export type PointsSpread = Readonly<Record<string, number>>;

/** A problem with the spread, as a dictionary key and its parameters. */
export interface PointsProblem {
  key: string;
  params: Record<string, string | number>;
}

export interface PointsCheck {
  used: number;
  remaining: number;
  problems: PointsProblem[];
}

const PROBLEM_KEYS: Partial<Record<BallotViolationCode, string>> = {
  'too-few-projects': 'works.ballot.problem.nothing',
  'invalid-points': 'works.ballot.problem.invalid',
  'points-below-minimum': 'works.ballot.problem.negative',
  'points-above-maximum': 'works.ballot.problem.tooManyForOne',
  'too-few-points': 'works.ballot.problem.tooFew',
  'too-many-points': 'works.ballot.problem.tooMany',
};

/** The same rule as the API: whole points, none negative, exactly `total` in all. */
export function pointsConstraints(total: number): BallotConstraints {
  const sum = Decimal.of(total);
  return {
    voteType: 'cumulative',
    minLength: 1,
    minPoints: Decimal.of(1),
    maxPoints: sum,
    minSumPoints: sum,
    maxSumPoints: sum,
  };
}

/** The works with points, in the order shown, and their points (what is cast). */
export function pointsToCast(
  spread: PointsSpread,
  workIds: readonly string[],
): { workIds: string[]; points: number[] } {
  const given = workIds.filter((id) => (spread[id] ?? 0) !== 0);
  return { workIds: given, points: given.map((id) => spread[id]) };
}

/**
 * Checks a spread with the counting library's ballot validation, for the live counter and the
 * problems shown under it. A value that is not a whole number is reported before anything else.
 */
export function checkPoints(spread: PointsSpread, workIds: readonly string[], total: number): PointsCheck {
  const values = workIds.map((id) => spread[id] ?? 0);
  const used = values.reduce((sum, value) => sum + (Number.isFinite(value) ? value : 0), 0);
  const remaining = total - used;
  if (values.some((value) => !Number.isInteger(value))) {
    return { used, remaining, problems: [{ key: 'works.ballot.problem.invalid', params: {} }] };
  }
  if (values.some((value) => value < 0)) {
    return { used, remaining, problems: [{ key: 'works.ballot.problem.negative', params: {} }] };
  }
  const ballot = pointsToCast(spread, workIds);
  const costs = new Map(workIds.map((id) => [id, Decimal.ZERO] as const));
  const result = validateBallot(
    { projects: ballot.workIds, points: ballot.points },
    pointsConstraints(total),
    costs,
  );
  if (result.valid) return { used, remaining, problems: [] };
  const problems = result.violations.flatMap((violation) => {
    const key = PROBLEM_KEYS[violation.code];
    return key ? [{ key, params: { total, used, remaining: Math.abs(remaining) } }] : [];
  });
  return { used, remaining, problems: dedupe(problems) };
}

function dedupe(problems: PointsProblem[]): PointsProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => (seen.has(problem.key) ? false : (seen.add(problem.key), true)));
}
