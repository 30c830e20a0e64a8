import { buildPabulibInstance } from '../pabulib/pabulib.builder';
import { PabulibInstance, VoteType } from '../pabulib/pabulib.model';

/**
 * A small instance written the way one reasons about it by hand: projects as [id, cost] and ballots
 * as lists of ids (with points for cumulative ballots).
 */
export function handMade(
  budget: string | number,
  projects: [string, string | number][],
  ballots: (string[] | [string, number][])[],
  voteType: VoteType = 'approval',
): PabulibInstance {
  return buildPabulibInstance({
    budget,
    voteType,
    projects: projects.map(([id, cost]) => ({ id, cost })),
    ballots: ballots.map((ballot, v) => {
      const withPoints = ballot.length > 0 && Array.isArray(ballot[0]);
      return withPoints
        ? { voterId: `v${v + 1}`, projects: (ballot as [string, number][]).map(([id]) => id), points: (ballot as [string, number][]).map(([, pts]) => pts) }
        : { voterId: `v${v + 1}`, projects: ballot as string[] };
    }),
  });
}
