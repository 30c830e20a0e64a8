import fc from 'fast-check';

import { buildPabulibInstance } from '../pabulib/pabulib.builder';
import { handMade } from '../testing/instance.fixture';
import { SatisfactionKind } from './counting.model';
import { buildCountingProfile, CountingProfile, tieBreakRanks } from './counting.profile';
import { EqualSharesRun } from './equal-shares.run';
import { buildEqualSharesSetup } from './equal-shares.setup';
import { pricingWork, resetPricingWork } from './pricing-scratch.buffers';
import { tally } from './tally.rule';

// The internal structures that make the Method of Equal Shares fast: each must never change an
// outcome, only the work done to reach it.

/** Random small elections with points, so that satisfactions differ between supporters. */
const election = fc.record({
  budget: fc.integer({ min: 1, max: 200 }),
  costs: fc.array(fc.integer({ min: 1, max: 90 }), { minLength: 1, maxLength: 7 }),
  ballots: fc.array(
    fc.record({
      picks: fc.uniqueArray(fc.nat(6), { maxLength: 5 }),
      points: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 5, maxLength: 5 }),
    }),
    { minLength: 1, maxLength: 12 },
  ),
});
type Election = typeof election extends fc.Arbitrary<infer T> ? T : never;

function profileOf(e: Election, sat: SatisfactionKind): CountingProfile {
  const ids = e.costs.map((_, i) => `p${i}`);
  const instance = buildPabulibInstance({
    budget: String(e.budget),
    voteType: 'cumulative',
    projects: e.costs.map((cost, i) => ({ id: ids[i], cost: String(cost) })),
    ballots: e.ballots.map((b, v) => {
      const projects = [...new Set(b.picks.map((i) => ids[i % ids.length]))];
      return { voterId: `v${v}`, projects, points: projects.map((_, k) => b.points[k]) };
    }),
  });
  return buildCountingProfile(instance, sat);
}

const sat = fc.constantFrom<SatisfactionKind>('cost', 'cardinality', 'points');

/** Exact money of q's supporters who still hold some, after the run's last round. */
function supportersMoney(run: EqualSharesRun, profile: CountingProfile, q: number): number {
  const top = run.rounds.length;
  const holders: number[] = [];
  for (let k = profile.supOffsets[q]; k < profile.supOffsets[q + 1]; k++) {
    const v = profile.supVoters[k];
    if (run.zeroedAt[v] === 0 || run.zeroedAt[v] > top) holders.push(v);
  }
  return run.ledger.money(holders, top).toNumber();
}

describe('equal shares run internals', () => {
  it('counts for every pair of projects the voters who support both', () => {
    fc.assert(
      fc.property(election, sat, (e, kind) => {
        const profile = profileOf(e, kind);
        const { overlap } = buildEqualSharesSetup(profile, tieBreakRanks(profile, 'id'));
        const supporters = (p: number) =>
          new Set(profile.supVoters.subarray(profile.supOffsets[p], profile.supOffsets[p + 1]));
        for (let p = 0; p < profile.projectCount; p++) {
          for (let q = 0; q < profile.projectCount; q++) {
            const both = [...supporters(p)].filter((v) => supporters(q).has(v)).length;
            expect(overlap![p * profile.projectCount + q]).toBe(both);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("never bounds a project's supporters' money below what they hold, round after round", () => {
    fc.assert(
      fc.property(election, sat, fc.integer({ min: 0, max: 30 }), (e, kind, extra) => {
        const profile = profileOf(e, kind);
        const setup = buildEqualSharesSetup(profile, tieBreakRanks(profile, 'id'));
        const share = profile.budgetUnits + BigInt(extra) * BigInt(profile.voterCount);
        const run = new EqualSharesRun(setup, share);
        do {
          for (const q of setup.candidates) {
            if (run.selectedRound[q] !== 0) continue;
            // The bound may only be above the exact amount (by its rounding margins at most).
            expect(supportersMoney(run, profile, q)).toBeLessThanOrEqual(run.moneyBound(q) * (1 + 1e-12));
          }
        } while (run.step());
      }),
      { numRuns: 300 },
    );
  });

  it('settles a project its supporters can never afford without reading them', () => {
    // 4 voters, 25 each. X (40) first: 10 each. Y (60) is backed by 2 of them, who hold at most
    // 2 × 25 − 2 × 10 = 30 by the bound (overlap 2, each paid 10 for X): no need to read them.
    const instance = handMade(
      100,
      [
        ['X', 40],
        ['Y', 60],
      ],
      [['X'], ['X'], ['X', 'Y'], ['X', 'Y']],
    );
    resetPricingWork();
    const outcome = tally(instance, { rule: 'mes', tieBreak: 'id' });
    expect(outcome.selected).toEqual(['X']);
    expect(outcome.projects[1]).toMatchObject({
      reason: 'supporters-short',
      mes: { supportersMoney: '30.00', shortBy: '30.00' },
    });
    expect(pricingWork.unaffordableByBound).toBe(1);
    expect(pricingWork.unaffordable).toBe(0);
  });

  it('starts the next add1 share at the end of the shared prefix with exactly the outcome of a fresh run', () => {
    let warmStarts = 0;
    fc.assert(
      fc.property(election, sat, fc.integer({ min: 0, max: 20 }), (e, kind, extra) => {
        const profile = profileOf(e, kind);
        const ranks = tieBreakRanks(profile, 'id');
        const unit = BigInt(profile.voterCount);
        const share = profile.budgetUnits + BigInt(extra) * unit;
        const setup = buildEqualSharesSetup(profile, ranks);
        const first = new EqualSharesRun(setup, share, true).runToEnd();
        const next = EqualSharesRun.nextFrom(first);
        if (!next) return;
        warmStarts++;
        expect(next.budgetPerVoter).toBe(share + unit);
        next.runToEnd();
        const fresh = new EqualSharesRun(buildEqualSharesSetup(profile, ranks), share + unit).runToEnd();
        expect(next.selection).toEqual(fresh.selection);
        expect(next.rounds.map((r) => r.tied)).toEqual(fresh.rounds.map((r) => r.tied));
        expect(next.rounds.map((_, t) => next.ledger.rho(t + 1).toString())).toEqual(
          fresh.rounds.map((_, t) => fresh.ledger.rho(t + 1).toString()),
        );
        expect(Array.from(next.zeroedAt)).toEqual(Array.from(fresh.zeroedAt));
      }),
      { numRuns: 400 },
    );
    // The property must have been exercised, not skipped: most small elections have such a prefix.
    expect(warmStarts).toBeGreaterThan(100);
  });

  it('counts a run on a discarded run’s arrays exactly as a run on new ones', () => {
    fc.assert(
      fc.property(
        election,
        sat,
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 20 }),
        (e, kind, first, second) => {
          const profile = profileOf(e, kind);
          const ranks = tieBreakRanks(profile, 'id');
          const shareAt = (extra: number) => profile.budgetUnits + BigInt(extra) * BigInt(profile.voterCount);
          const setup = buildEqualSharesSetup(profile, ranks);
          new EqualSharesRun(setup, shareAt(first)).runToEnd().release();
          const reused = new EqualSharesRun(setup, shareAt(second)).runToEnd();
          expect(setup.spare).toHaveLength(0);
          const fresh = new EqualSharesRun(buildEqualSharesSetup(profile, ranks), shareAt(second)).runToEnd();
          expect(reused.selection).toEqual(fresh.selection);
          expect(reused.rounds.map((r) => [r.rho, r.tied])).toEqual(fresh.rounds.map((r) => [r.rho, r.tied]));
          expect(Array.from(reused.zeroedAt)).toEqual(Array.from(fresh.zeroedAt));
          expect(Array.from(reused.wallet)).toEqual(Array.from(fresh.wallet));
        },
      ),
      { numRuns: 200 },
    );
  });
});
