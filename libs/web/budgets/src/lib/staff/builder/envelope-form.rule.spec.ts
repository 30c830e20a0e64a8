import type { Budget } from '@agora/contracts';

import { EMPTY_ENVELOPE, EnvelopeFormValue, envelopeFormValueOf, envelopeRequestOf } from './envelope-form.rule';

const form = (overrides: Partial<EnvelopeFormValue>): EnvelopeFormValue => ({ ...EMPTY_ENVELOPE, name: 'Toute la ville', amount: '200 000', ...overrides });

describe('envelopeRequestOf', () => {
  it('reads the amount in euros as typed in France', () => {
    const check = envelopeRequestOf(form({ amount: '1 250,50' }));
    expect(check.ok && check.request.amountCents).toBe(125050);
  });

  it('sends a knapsack envelope with its minimum spend and nulls for the other kinds’ fields', () => {
    expect(envelopeRequestOf(form({ minSpend: '50000', maxProjects: '3', points: '10', minVotes: '25' }))).toEqual({
      ok: true,
      request: {
        name: 'Toute la ville',
        amountCents: 20_000_000,
        ballotKind: 'knapsack',
        minSpendCents: 5_000_000,
        minProjects: null,
        maxProjects: null,
        points: null,
        maxPointsPerProject: null,
        countingRule: 'greedy',
        tieBreak: 'default',
        minVotes: 25,
      },
    });
  });

  it('refuses a minimum spend above the envelope', () => {
    expect(envelopeRequestOf(form({ minSpend: '300000' }))).toEqual({ ok: false, problems: { minSpend: 'budgets.builder.envelope.error.minSpendOverAmount' } });
  });

  it('refuses an approval ballot whose minimum is above its maximum', () => {
    expect(envelopeRequestOf(form({ ballotKind: 'approval', minProjects: '4', maxProjects: '2' }))).toEqual({
      ok: false,
      problems: { minProjects: 'budgets.builder.envelope.error.minOverMax' },
    });
  });

  it('needs the number of points of a cumulative ballot', () => {
    expect(envelopeRequestOf(form({ ballotKind: 'cumulative' }))).toEqual({ ok: false, problems: { points: 'budgets.builder.envelope.error.points' } });
  });

  it('refuses a cap per project above the points', () => {
    expect(envelopeRequestOf(form({ ballotKind: 'cumulative', points: '10', maxPointsPerProject: '12' }))).toEqual({
      ok: false,
      problems: { maxPointsPerProject: 'budgets.builder.envelope.error.capOverPoints' },
    });
  });

  it('needs K for a ranked ballot', () => {
    expect(envelopeRequestOf(form({ ballotKind: 'ranked' }))).toEqual({ ok: false, problems: { maxProjects: 'budgets.builder.envelope.error.rankedK' } });
  });

  it('refuses a threshold that is not a whole number', () => {
    expect(envelopeRequestOf(form({ minVotes: '2,5' }))).toEqual({ ok: false, problems: { minVotes: 'budgets.builder.envelope.error.positive' } });
  });

  it('refuses a missing name and amount together', () => {
    expect(envelopeRequestOf(form({ name: ' ', amount: '' }))).toEqual({
      ok: false,
      problems: { name: 'budgets.builder.envelope.error.name', amount: 'budgets.builder.envelope.error.amount' },
    });
  });
});

describe('envelopeFormValueOf', () => {
  it('fills the form with a saved envelope, so that saving it unchanged sends the same rules', () => {
    const budget = {
      name: 'Quartier Nord',
      territoryId: 't1',
      amountCents: 5_000_050,
      rules: { kind: 'approval', minSpendCents: null, minProjects: 1, maxProjects: 3, points: null, maxPointsPerProject: null },
      countingRule: 'mes',
      tieBreak: 'id',
      minVotes: null,
    } as unknown as Budget;
    const value = envelopeFormValueOf(budget);
    expect(value.amount).toBe('50000,5');
    const check = envelopeRequestOf(value);
    expect(check.ok && check.request).toMatchObject({ amountCents: 5_000_050, ballotKind: 'approval', minProjects: 1, maxProjects: 3, countingRule: 'mes', tieBreak: 'id', minVotes: null });
  });
});
