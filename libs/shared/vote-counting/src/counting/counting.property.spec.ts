import fc from 'fast-check';

import { Rational } from '../numbers/rational.value';
import { buildPabulibInstance } from '../pabulib/pabulib.builder';
import { PabulibInstance } from '../pabulib/pabulib.model';
import { Completion, SatisfactionKind } from './counting.model';
import { buildCountingProfile, tieBreakRanks } from './counting.profile';
import { countEqualShares } from './equal-shares.rule';
import { EqualSharesRun } from './equal-shares.run';
import { buildEqualSharesSetup } from './equal-shares.setup';
import { explainEqualShares } from './explanation.builder';
import { referenceAdd1, referenceEqualShares } from './equal-shares.reference';
import { tally } from './tally.rule';

interface Shape {
  budget: string;
  costs: string[];
  ballots: { picks: number[]; points: number[] }[];
  cumulative: boolean;
}

/**
 * Small random elections. Costs and budgets are small integers or have two decimals, and shares are
 * often tiny against costs, so add1 needs many steps and ties (equal ρ) are frequent.
 */
const shape: fc.Arbitrary<Shape> = fc.record({
  budget: fc.oneof(fc.integer({ min: 1, max: 120 }).map(String), fc.integer({ min: 100, max: 12000 }).map((c) => (c / 100).toFixed(2))),
  costs: fc.array(
    fc.oneof(fc.integer({ min: 1, max: 60 }).map(String), fc.integer({ min: 1, max: 6000 }).map((c) => (c / 100).toFixed(2)), fc.constant('0')),
    { minLength: 1, maxLength: 7 },
  ),
  ballots: fc.array(
    fc.record({ picks: fc.uniqueArray(fc.nat(6), { maxLength: 5 }), points: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 5, maxLength: 5 }) }),
    { minLength: 1, maxLength: 9 },
  ),
  cumulative: fc.boolean(),
});

function instanceOf(s: Shape, order?: number[]): PabulibInstance {
  const ids = s.costs.map((_, i) => `p${i}`);
  const ballots = (order ?? s.ballots.map((_, v) => v)).map((v) => {
    const projects = [...new Set(s.ballots[v].picks.map((i) => ids[i % ids.length]))];
    return { voterId: `v${v}`, projects, ...(s.cumulative ? { points: projects.map((_, k) => s.ballots[v].points[k]) } : {}) };
  });
  return buildPabulibInstance({
    budget: s.budget,
    voteType: s.cumulative ? 'cumulative' : 'approval',
    projects: s.costs.map((cost, i) => ({ id: ids[i], cost })),
    ballots,
  });
}

const satisfactions: SatisfactionKind[] = ['cost', 'cardinality', 'points'];
const sat = fc.constantFrom(...satisfactions);
const tieBreak = fc.constantFrom('default' as const, 'id' as const);

describe('counting properties', () => {
  it('equal shares agree with the plain exact-rational reference', () => {
    fc.assert(
      fc.property(shape, sat, tieBreak, (s, kind, tb) => {
        const profile = buildCountingProfile(instanceOf(s), kind);
        const ranks = tieBreakRanks(profile, tb);
        const fast = countEqualShares(profile, ranks, 'none').run!.selection;
        const share = new Rational(profile.budgetUnits, BigInt(profile.voterCount));
        expect(fast).toEqual(referenceEqualShares(profile, ranks, share));
      }),
      { numRuns: 400 },
    );
  });

  it('add1 that jumps gives exactly what stepping one currency unit at a time gives', () => {
    fc.assert(
      fc.property(shape, fc.constantFrom<SatisfactionKind>('cost', 'cardinality'), tieBreak, (s, kind, tb) => {
        const profile = buildCountingProfile(instanceOf(s), kind);
        const ranks = tieBreakRanks(profile, tb);
        const fast = countEqualShares(profile, ranks, 'add1');
        const stepped = referenceAdd1(profile, ranks);
        expect(fast.run?.selection ?? []).toEqual(stepped.selection);
        if (fast.run) {
          expect(fast.increments).toBe(stepped.increments);
          // The returned run may have been resumed from a certificate: its ties must still be
          // exactly those of a fresh run at the same share.
          const fresh = new EqualSharesRun(buildEqualSharesSetup(profile, ranks), fast.run.budgetPerVoter).runToEnd();
          expect(fast.run.rounds.map((r) => r.tied)).toEqual(fresh.rounds.map((r) => r.tied));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never spends more than the budget', () => {
    fc.assert(
      fc.property(shape, sat, tieBreak, fc.constantFrom<Completion>('none', 'add1', 'add1-greedy'), (s, kind, tb, completion) => {
        const instance = instanceOf(s);
        for (const rule of ['mes', 'greedy', 'greedy-no-skip'] as const) {
          const outcome = tally(instance, { rule, sat: kind, tieBreak: tb, completion: rule === 'mes' ? completion : 'none' });
          const spent = outcome.selected.reduce((sum, id) => sum + Number(instance.projects.find((p) => p.id === id)!.cost.toString()), 0);
          expect(spent).toBeLessThanOrEqual(Number(s.budget) + 1e-9);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('greedy outcomes are maximal: no unfunded project fits in what is left', () => {
    fc.assert(
      fc.property(shape, sat, tieBreak, (s, kind, tb) => {
        const instance = instanceOf(s);
        const outcome = tally(instance, { rule: 'greedy', sat: kind, tieBreak: tb });
        const left = instance.budget.sub(instance.projects.filter((p) => outcome.selected.includes(p.id)).reduce((a, p) => a.add(p.cost), instance.budget.sub(instance.budget)));
        for (const project of instance.projects) {
          if (!outcome.selected.includes(project.id)) expect(project.cost.compare(left)).toBe(1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('every rule is deterministic and ignores the order of ballots in the file', () => {
    fc.assert(
      fc.property(
        shape.chain((s) => fc.tuple(fc.constant(s), fc.shuffledSubarray(s.ballots.map((_, v) => v), { minLength: s.ballots.length }))),
        sat,
        tieBreak,
        ([s, order], kind, tb) => {
          const original = instanceOf(s);
          const shuffled = instanceOf(s, order);
          for (const options of [
            { rule: 'greedy' as const },
            { rule: 'greedy-no-skip' as const },
            { rule: 'mes' as const, completion: 'none' as const },
            { rule: 'mes' as const, completion: 'add1-greedy' as const },
          ]) {
            const first = tally(original, { ...options, sat: kind, tieBreak: tb });
            expect(tally(original, { ...options, sat: kind, tieBreak: tb })).toEqual(first);
            expect(tally(shuffled, { ...options, sat: kind, tieBreak: tb })).toEqual(first);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('explains with amounts equal to the exact ones, rounded to cents', () => {
    fc.assert(
      fc.property(shape, sat, fc.constantFrom<Completion>('none', 'add1'), (s, kind, completion) => {
        const profile = buildCountingProfile(instanceOf(s), kind);
        const ranks = tieBreakRanks(profile, 'id');
        const count = countEqualShares(profile, ranks, completion);
        const run = count.run!;
        const explained = explainEqualShares(profile, 'id', count);
        const perCurrency = count.unitsPerCurrency;
        const holders = (p: number, top: number) => {
          const voters: number[] = [];
          for (let k = profile.supOffsets[p]; k < profile.supOffsets[p + 1]; k++) {
            const v = profile.supVoters[k];
            if (run.zeroedAt[v] === 0 || run.zeroedAt[v] > top) voters.push(v);
          }
          return voters;
        };
        run.rounds.forEach((round, i) => {
          const detail = explained.projects[round.project].mes!;
          const money = run.ledger.money(holders(round.project, i), i).divInt(perCurrency);
          expect(detail.supportersMoney).toBe(money.toFixed(2));
          if (kind === 'cost') {
            expect(detail.pricePerSupporter).toBe(run.ledger.rho(i + 1).mulInt(profile.costUnits[round.project]).divInt(perCurrency).toFixed(2));
          }
        });
        for (const p of setupCandidates(profile)) {
          if (run.selectedRound[p] !== 0) continue;
          const top = run.rounds.length;
          const left = run.ledger.money(holders(p, top), top).divInt(perCurrency);
          expect(explained.projects[p].mes?.supportersMoney).toBe(left.toFixed(2));
        }
      }),
      { numRuns: 200 },
    );
  });
});

function setupCandidates(profile: ReturnType<typeof buildCountingProfile>): number[] {
  const candidates: number[] = [];
  for (let p = 0; p < profile.projectCount; p++) {
    if (profile.supOffsets[p + 1] > profile.supOffsets[p] && profile.costUnits[p] > 0n) candidates.push(p);
  }
  return candidates;
}
