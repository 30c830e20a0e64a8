import { Decimal } from '../numbers/decimal.value';
import { PabulibInstance, VoteType } from './pabulib.model';
import { VotesBuilder } from './pabulib-votes.builder';

/** A project as the application knows it. */
export interface ProjectInput {
  readonly id: string;
  readonly cost: Decimal | string | number;
  /** Other columns (`name`, `category`, ...). */
  readonly fields?: Readonly<Record<string, string>>;
}

/** One anonymous ballot. */
export interface BallotInput {
  readonly voterId: string;
  /** Project ids, in ranking order for ordinal ballots. */
  readonly projects: readonly string[];
  /** Points parallel to `projects` (cumulative, scoring, or ranks with points). */
  readonly points?: readonly (Decimal | string | number)[];
  /** Other voter columns (`age`, `voting_method`, ...). */
  readonly extra?: Readonly<Record<string, string>>;
}

export interface InstanceInput {
  readonly budget: Decimal | string | number;
  readonly voteType: VoteType;
  /** META fields besides budget and vote_type, in order (`description`, `country`, `unit`, ...). */
  readonly meta?: Readonly<Record<string, string>> | ReadonlyMap<string, string>;
  readonly projects: readonly ProjectInput[];
  readonly ballots: readonly BallotInput[];
}

function toDecimal(value: Decimal | string | number, what: string): Decimal {
  if (value instanceof Decimal) return value;
  const parsed = Decimal.tryParse(String(value));
  if (parsed === null) throw new RangeError(`${what} "${value}" is not a decimal number`);
  return parsed;
}

/**
 * Builds an instance from application data (to count a closed vote, or to publish its anonymised
 * ballots with the writer). Validates like the parser: unique ids, known projects, no project twice
 * in a ballot, points parallel to projects. `num_projects` and `num_votes` are filled in.
 */
export function buildPabulibInstance(input: InstanceInput): PabulibInstance {
  const budget = toDecimal(input.budget, 'budget');
  const meta = new Map<string, string>(input.meta instanceof Map ? input.meta : Object.entries(input.meta ?? {}));
  meta.set('num_projects', String(input.projects.length));
  meta.set('num_votes', String(input.ballots.length));
  meta.set('budget', budget.toString());
  meta.set('vote_type', input.voteType);

  const index = new Map<string, number>();
  const fieldNames = new Set<string>();
  const projects = input.projects.map((project, i) => {
    if (index.has(project.id)) throw new RangeError(`project "${project.id}" appears twice`);
    index.set(project.id, i);
    Object.keys(project.fields ?? {}).forEach((name) => fieldNames.add(name));
    const fields: Record<string, string> = Object.assign(Object.create(null), project.fields);
    return { id: project.id, cost: toDecimal(project.cost, `cost of project "${project.id}"`), fields };
  });
  for (const project of projects) for (const name of fieldNames) project.fields[name] ??= '';

  const hasPoints = input.ballots.some((ballot) => ballot.points !== undefined) || input.voteType === 'cumulative' || input.voteType === 'scoring';
  const extraNames = [...new Set(input.ballots.flatMap((ballot) => Object.keys(ballot.extra ?? {})))];
  const columns = ['voter_id', 'vote', ...(hasPoints ? ['points'] : []), ...extraNames];
  const votes = new VotesBuilder(columns, hasPoints, extraNames);
  for (const ballot of input.ballots) {
    if (!votes.addVoter(ballot.voterId)) throw new RangeError(`voter "${ballot.voterId}" appears twice`);
    const seen = new Set<string>();
    ballot.projects.forEach((id, k) => {
      const p = index.get(id);
      if (p === undefined) throw new RangeError(`voter "${ballot.voterId}" votes for unknown project "${id}"`);
      if (seen.has(id)) throw new RangeError(`voter "${ballot.voterId}" lists project "${id}" twice`);
      seen.add(id);
      votes.projects.push(p);
      if (hasPoints) {
        const value = ballot.points?.[k];
        if (value === undefined) throw new RangeError(`voter "${ballot.voterId}" has no points for "${id}"`);
        const points = toDecimal(value, 'points');
        if (!votes.points!.push(Number(points.units), points.scale)) throw new RangeError(`points "${value}" are too large`);
      }
    });
    if (hasPoints && (ballot.points?.length ?? 0) !== ballot.projects.length) {
      throw new RangeError(`voter "${ballot.voterId}" has ${ballot.points?.length ?? 0} points for ${ballot.projects.length} projects`);
    }
    votes.closeBallot();
    for (const name of extraNames) votes.extra[name].push(ballot.extra?.[name] ?? '');
  }
  return {
    meta,
    budget,
    voteType: input.voteType,
    projectColumns: ['project_id', 'cost', ...fieldNames],
    projects,
    votes: votes.build(),
  };
}
