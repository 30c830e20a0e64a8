import type { ProjectExplanation, SatisfactionKind, TallyOutcome } from '@agora/vote-counting';

import { cents } from './budget-rules.rule';
import type { BallotRow, ProjectRow } from './open-data.builder';

/** A project left out of the count because it gathered fewer votes than the declared threshold. */
export interface BelowThresholdExplanation extends Omit<ProjectExplanation, 'reason' | 'funded'> {
  readonly funded: false;
  readonly reason: 'below-threshold';
  readonly threshold: number;
}

export type CountedExplanation = ProjectExplanation | BelowThresholdExplanation;

/** What is stored for an envelope: the library's outcome, plus the projects the threshold left out. */
export type CountedOutcome = Omit<TallyOutcome, 'projects'> & {
  readonly projects: readonly CountedExplanation[];
};

export interface ThresholdSplit {
  /** The projects that reached the threshold, in their declared order. */
  projects: ProjectRow[];
  /** Every ballot (every voter keeps their share), without the projects left out. */
  ballots: BallotRow[];
  below: BelowThresholdExplanation[];
}

/**
 * Applies the envelope's minimum number of votes before counting: a project below it takes no part in
 * the count (so no rule can fund it with the money left), and its votes are set aside. The voters
 * stay: under the Method of Equal Shares each voter's share of the envelope does not depend on it.
 */
export function splitByThreshold(
  projects: ProjectRow[],
  ballots: BallotRow[],
  minVotes: number | null,
  sat: SatisfactionKind,
): ThresholdSplit {
  if (!minVotes) return { projects, ballots, below: [] };
  const supporters = new Map<string, number>();
  const points = new Map<string, number>();
  for (const ballot of ballots) {
    ballot.content.projectIds.forEach((id, i) => {
      supporters.set(id, (supporters.get(id) ?? 0) + 1);
      points.set(id, (points.get(id) ?? 0) + (ballot.content.points?.[i] ?? 0));
    });
  }
  const out = new Set(projects.filter((p) => (supporters.get(p.id) ?? 0) < minVotes).map((p) => p.id));
  if (!out.size) return { projects, ballots, below: [] };
  const below = projects
    .filter((p) => out.has(p.id))
    .map((p): BelowThresholdExplanation => {
      const count = supporters.get(p.id) ?? 0;
      const cost = cents(Number(p.cost_cents));
      const satisfaction =
        sat === 'points'
          ? String(points.get(p.id) ?? 0)
          : sat === 'cost'
            ? cents(Number(p.cost_cents) * count).toString()
            : String(count);
      return {
        id: p.id,
        cost: cost.toString(),
        supporters: count,
        satisfaction,
        funded: false,
        reason: 'below-threshold',
        threshold: minVotes,
      };
    });
  return {
    projects: projects.filter((p) => !out.has(p.id)),
    ballots: ballots.map((ballot) => {
      const keep = ballot.content.projectIds.map((id, i) => ({ id, i })).filter(({ id }) => !out.has(id));
      const content = ballot.content.points
        ? { projectIds: keep.map(({ id }) => id), points: keep.map(({ i }) => ballot.content.points![i]) }
        : { projectIds: keep.map(({ id }) => id) };
      return { voterId: ballot.voterId, content };
    }),
    below,
  };
}

/** The outcome with every project again, in the declared order, those below the threshold included. */
export function withBelowThreshold(
  outcome: TallyOutcome,
  order: ProjectRow[],
  below: BelowThresholdExplanation[],
): CountedOutcome {
  if (!below.length) return outcome;
  const byId = new Map<string, CountedExplanation>([...outcome.projects, ...below].map((p) => [p.id, p]));
  return { ...outcome, projects: order.map((p) => byId.get(p.id)!).filter(Boolean) };
}
