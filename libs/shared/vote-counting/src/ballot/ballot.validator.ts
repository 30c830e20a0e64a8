import { Decimal } from '../numbers/decimal.value';
import { metaDecimal, metaInteger, PabulibInstance, VoteType } from '../pabulib/pabulib.model';
import { ballotMessage, BallotViolationCode, BallotViolationParams } from './ballot.messages';

/** The rules a ballot must follow, as a vote declares them (all optional). */
export interface BallotConstraints {
  readonly voteType: VoteType;
  /** Number of projects chosen (approval) or ranked (ordinal): the ranking length. */
  readonly minLength?: number;
  readonly maxLength?: number;
  /** Total cost of the chosen projects: the budget limit of a ballot, and an optional floor. */
  readonly maxSumCost?: Decimal;
  readonly minSumCost?: Decimal;
  /** Points per project. */
  readonly minPoints?: Decimal;
  readonly maxPoints?: Decimal;
  /** Points to distribute in total. */
  readonly minSumPoints?: Decimal;
  readonly maxSumPoints?: Decimal;
}

export interface BallotToValidate {
  /** Project ids, in ranking order for ordinal ballots. */
  readonly projects: readonly string[];
  /** Points parallel to `projects` (cumulative and scoring ballots). */
  readonly points?: readonly (Decimal | string | number)[];
}

export interface BallotViolation {
  readonly code: BallotViolationCode;
  readonly params: BallotViolationParams;
  readonly message: { readonly fr: string; readonly en: string };
}

export type BallotValidation =
  | { readonly valid: true; readonly totalCost: string; readonly totalPoints?: string }
  | { readonly valid: false; readonly violations: readonly BallotViolation[] };

function violation(code: BallotViolationCode, params: BallotViolationParams = {}): BallotViolation {
  return { code, params, message: ballotMessage(code, params) };
}

/**
 * Checks a ballot against a vote's constraints and says precisely what is wrong, so the page can
 * show it while the resident fills the ballot and the API can refuse it with the same words.
 * `costs` gives the cost of every project on the ballot paper.
 */
export function validateBallot(
  ballot: BallotToValidate,
  constraints: BallotConstraints,
  costs: ReadonlyMap<string, Decimal>,
): BallotValidation {
  const violations: BallotViolation[] = [];
  const seen = new Set<string>();
  let totalCost = Decimal.ZERO;
  for (const project of ballot.projects) {
    const cost = costs.get(project);
    if (cost === undefined) violations.push(violation('unknown-project', { project }));
    else if (seen.has(project)) violations.push(violation('duplicate-project', { project }));
    else totalCost = totalCost.add(cost);
    seen.add(project);
  }

  const count = ballot.projects.length;
  const minLength = constraints.voteType === 'choose-1' ? 1 : constraints.minLength;
  const maxLength = constraints.voteType === 'choose-1' ? 1 : constraints.maxLength;
  if (minLength !== undefined && count < minLength) violations.push(violation('too-few-projects', { min: minLength, count }));
  if (maxLength !== undefined && count > maxLength) violations.push(violation('too-many-projects', { max: maxLength, count }));
  const total = totalCost.toPlainString();
  if (constraints.maxSumCost && totalCost.compare(constraints.maxSumCost) > 0) {
    violations.push(violation('over-budget', { total, max: constraints.maxSumCost.toPlainString() }));
  }
  if (constraints.minSumCost && totalCost.compare(constraints.minSumCost) < 0) {
    violations.push(violation('under-minimum-cost', { total, min: constraints.minSumCost.toPlainString() }));
  }

  const needsPoints = constraints.voteType === 'cumulative' || constraints.voteType === 'scoring';
  const totalPoints = needsPoints || ballot.points ? checkPoints(ballot, constraints, needsPoints, violations) : null;
  if (violations.length > 0) return { valid: false, violations };
  return totalPoints === null ? { valid: true, totalCost: total } : { valid: true, totalCost: total, totalPoints: totalPoints.toPlainString() };
}

function checkPoints(
  ballot: BallotToValidate,
  constraints: BallotConstraints,
  required: boolean,
  violations: BallotViolation[],
): Decimal | null {
  if (!ballot.points) {
    if (required && ballot.projects.length > 0) violations.push(violation('points-missing'));
    return null;
  }
  if (ballot.points.length !== ballot.projects.length) {
    violations.push(violation('points-count-mismatch', { points: ballot.points.length, count: ballot.projects.length }));
    return null;
  }
  let sum = Decimal.ZERO;
  ballot.points.forEach((raw, i) => {
    const value = raw instanceof Decimal ? raw : Decimal.tryParse(String(raw));
    if (value === null) {
      violations.push(violation('invalid-points', { value: String(raw) }));
      return;
    }
    const project = ballot.projects[i];
    const shown = value.toPlainString();
    if (constraints.minPoints && value.compare(constraints.minPoints) < 0) {
      violations.push(violation('points-below-minimum', { project, value: shown, min: constraints.minPoints.toPlainString() }));
    }
    if (constraints.maxPoints && value.compare(constraints.maxPoints) > 0) {
      violations.push(violation('points-above-maximum', { project, value: shown, max: constraints.maxPoints.toPlainString() }));
    }
    sum = sum.add(value);
  });
  const total = sum.toPlainString();
  if (constraints.minSumPoints && sum.compare(constraints.minSumPoints) < 0) {
    violations.push(violation('too-few-points', { total, min: constraints.minSumPoints.toPlainString() }));
  }
  if (constraints.maxSumPoints && sum.compare(constraints.maxSumPoints) > 0) {
    violations.push(violation('too-many-points', { total, max: constraints.maxSumPoints.toPlainString() }));
  }
  return sum;
}

/**
 * The constraints a Pabulib file declares in META, with the format's defaults: at least one project,
 * at most all of them; for cumulative ballots `max_points` defaults to `max_sum_points`.
 */
export function ballotConstraintsFromMeta(instance: PabulibInstance): BallotConstraints {
  const maxSumPoints = metaDecimal(instance, 'max_sum_points');
  const maxPoints = metaDecimal(instance, 'max_points') ?? (instance.voteType === 'cumulative' ? maxSumPoints : undefined);
  const minPoints = metaDecimal(instance, 'min_points') ?? (instance.voteType === 'cumulative' ? Decimal.ZERO : undefined);
  return {
    voteType: instance.voteType,
    minLength: metaInteger(instance, 'min_length') ?? 1,
    maxLength: metaInteger(instance, 'max_length') ?? instance.projects.length,
    ...optional('minSumCost', metaDecimal(instance, 'min_sum_cost')),
    ...optional('maxSumCost', metaDecimal(instance, 'max_sum_cost')),
    ...optional('minPoints', minPoints),
    ...optional('maxPoints', maxPoints),
    ...optional('minSumPoints', metaDecimal(instance, 'min_sum_points')),
    ...optional('maxSumPoints', maxSumPoints),
  };
}

function optional<K extends string>(key: K, value: Decimal | undefined): { [P in K]?: Decimal } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: Decimal };
}

/** Project costs of an instance, keyed by id, for {@link validateBallot}. */
export function projectCosts(instance: PabulibInstance): Map<string, Decimal> {
  return new Map(instance.projects.map((project) => [project.id, project.cost]));
}
