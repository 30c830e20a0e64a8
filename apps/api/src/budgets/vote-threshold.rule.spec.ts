import type { TallyOutcome } from '@agora/vote-counting';

import type { BallotRow, ProjectRow } from './open-data.builder';
import { splitByThreshold, withBelowThreshold } from './vote-threshold.rule';

const project = (id: string, cost: number): ProjectRow => ({
  id,
  title: id,
  cost_cents: String(cost),
  category: null,
  address: null,
  lat: null,
  lng: null,
  quartier: null,
});
const projects = [project('a', 10000), project('b', 5000), project('c', 2000)];
const ballots: BallotRow[] = [
  { voterId: 'v1', content: { projectIds: ['a', 'b'] } },
  { voterId: 'v2', content: { projectIds: ['a'] } },
  { voterId: 'v3', content: { projectIds: ['b', 'c'] } },
];

describe('splitByThreshold', () => {
  it('changes nothing without a threshold', () => {
    const split = splitByThreshold(projects, ballots, null, 'cardinality');
    expect(split.projects).toBe(projects);
    expect(split.below).toEqual([]);
  });

  it('leaves out the projects below the threshold and their votes, keeping every voter', () => {
    const split = splitByThreshold(projects, ballots, 2, 'cardinality');
    expect(split.projects.map((p) => p.id)).toEqual(['a', 'b']);
    expect(split.ballots.map((b) => b.content.projectIds)).toEqual([['a', 'b'], ['a'], ['b']]);
    expect(split.below).toEqual([
      {
        id: 'c',
        cost: '20.00',
        supporters: 1,
        satisfaction: '1',
        funded: false,
        reason: 'below-threshold',
        threshold: 2,
      },
    ]);
  });

  it('keeps the points in step with the projects left', () => {
    const points: BallotRow[] = [
      { voterId: 'v1', content: { projectIds: ['c', 'a'], points: [3, 7] } },
      { voterId: 'v2', content: { projectIds: ['a'], points: [5] } },
    ];
    const split = splitByThreshold(projects, points, 2, 'points');
    expect(split.ballots[0].content).toEqual({ projectIds: ['a'], points: [7] });
    expect(split.below.map((b) => [b.id, b.satisfaction])).toEqual([
      ['b', '0'],
      ['c', '3'],
    ]);
  });

  it('measures a cost satisfaction as cost times supporters', () => {
    const split = splitByThreshold(projects, ballots, 2, 'cost');
    expect(split.below[0].satisfaction).toBe('20.00');
  });
});

describe('withBelowThreshold', () => {
  it('puts the projects left out back in the declared order', () => {
    const split = splitByThreshold(projects, ballots, 2, 'cardinality');
    const outcome = {
      selected: ['a'],
      projects: [
        { id: 'a', funded: true },
        { id: 'b', funded: false },
      ],
    } as unknown as TallyOutcome;
    expect(
      withBelowThreshold(outcome, projects, split.below).projects.map((p) => [p.id, p.reason ?? null]),
    ).toEqual([
      ['a', null],
      ['b', null],
      ['c', 'below-threshold'],
    ]);
  });
});
