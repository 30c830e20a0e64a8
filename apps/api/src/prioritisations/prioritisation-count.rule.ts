import type { PrioritisationMode, PrioritisationRankingRule } from '@agora/contracts';
import { averagePoints, bordaCount, buildPabulibInstance, PabulibInstance, schulze } from '@agora/vote-counting';

import type { PrioritisationContent } from './prioritisation-ballot.rule';

export interface CountedWork {
  id: string;
  title: string;
  costCents: number | null;
  category: string;
}

export interface CountedBallot {
  /** The published voter id (from the receipt hash): lets a voter find their ballot, tells nobody else anything. */
  voterId: string;
  content: PrioritisationContent;
}

/** The stored count: what the results page and the CSV show. */
export interface PrioritisationOutcome {
  rule: PrioritisationRankingRule | 'average';
  ballotCount: number;
  ranking: Array<{ workId: string; position: number; score: string; total: number }>;
  pairwise: { ids: string[]; matrix: number[][]; strongestPath: number[][] } | null;
}

/**
 * The ballots as a Pabulib instance: `ordinal` for rankings, `cumulative` (100 points) otherwise.
 * Pabulib needs a cost and a budget; a prioritisation funds nothing, so costs are the estimates (0
 * when unknown) and the budget their sum.
 */
export function prioritisationInstance(
  mode: PrioritisationMode,
  works: readonly CountedWork[],
  ballots: readonly CountedBallot[],
  meta: { description: string; unit: string; instance: string; rule: string },
): PabulibInstance {
  const euros = (cents: number | null) => ((cents ?? 0) / 100).toFixed(2);
  const budgetCents = works.reduce((sum, w) => sum + (w.costCents ?? 0), 0);
  return buildPabulibInstance({
    budget: euros(budgetCents),
    voteType: mode === 'ranking' ? 'ordinal' : 'cumulative',
    meta: {
      description: meta.description,
      country: 'France',
      unit: meta.unit,
      instance: meta.instance,
      rule: meta.rule,
      ...(mode === 'points' ? { max_sum_points: '100' } : { min_length: '1', max_length: String(works.length) }),
    },
    projects: works.map((w) => ({ id: w.id, cost: euros(w.costCents), fields: { name: w.title, category: w.category } })),
    ballots: ballots.map((b) =>
      'ranking' in b.content
        ? { voterId: b.voterId, projects: b.content.ranking }
        : { voterId: b.voterId, projects: b.content.points.map(([id]) => id), points: b.content.points.map(([, n]) => n) },
    ),
  });
}

/**
 * Counts by the declared rule with the counting library: Borda or Schulze for rankings (the full
 * pairwise table is kept with both), average points for points. `total` is, for rankings, the
 * ballots putting the work first; for points, the points it received.
 */
export function countPrioritisation(mode: PrioritisationMode, rule: PrioritisationRankingRule | null, instance: PabulibInstance, ballots: readonly CountedBallot[]): PrioritisationOutcome {
  const totals = new Map<string, number>(instance.projects.map((p) => [p.id, 0]));
  for (const ballot of ballots) {
    if ('ranking' in ballot.content) {
      const first = ballot.content.ranking[0];
      if (first) totals.set(first, (totals.get(first) ?? 0) + 1);
    } else for (const [id, n] of ballot.content.points) totals.set(id, (totals.get(id) ?? 0) + n);
  }
  const withTotals = (ranking: ReadonlyArray<{ id: string; position: number; score: string }>) =>
    ranking.map((r) => ({ workId: r.id, position: r.position, score: r.score, total: totals.get(r.id) ?? 0 }));
  if (mode === 'points') {
    return { rule: 'average', ballotCount: ballots.length, ranking: withTotals(averagePoints(instance).ranking), pairwise: null };
  }
  const pairwise = schulze(instance);
  const table = { ids: [...pairwise.ids], matrix: pairwise.pairwise.map((row) => [...row]), strongestPath: pairwise.strongestPath.map((row) => [...row]) };
  const ranking = rule === 'schulze' ? pairwise.ranking : bordaCount(instance).ranking;
  return { rule: rule ?? 'borda', ballotCount: ballots.length, ranking: withTotals(ranking), pairwise: table };
}
