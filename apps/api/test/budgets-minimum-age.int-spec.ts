import type { EligibilityCheck } from '@agora/contracts';

import { parisToday } from '../src/budgets/eligibility.rule';
import { resident, setUpVote, VoteFixture } from './support/budget-fixtures';
import { downloadPersonalData } from './support/downloads';
import { createTestContext, TestContext } from './support/test-app';

/** YYYY-MM-DD, `years` before today (Paris) and `days` later. */
function bornYearsAgo(years: number, days = 0): string {
  const [y, m, d] = parisToday().split('-').map(Number);
  return new Date(Date.UTC(y - years, m - 1, d + days)).toISOString().slice(0, 10);
}

/** A vote open from the age of 16, where an e-mail check (and so a declared birth date) suffices. */
describe('budget vote: minimum age', () => {
  let ctx: TestContext;
  let fx: VoteFixture;

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await setUpVote(ctx);
    await fx.official
      .put(`/api/processes/${fx.process.id}/eligibility`)
      .send({ residence: 'territory', verifications: ['email', 'in_person'], minimumAge: 16 })
      .expect(200);
  });
  afterAll(() => ctx.close());

  it('refuses a resident whose age is unknown, saying how to prove it', async () => {
    const voter = await resident(ctx, fx.tree.quartierA1);
    const check = (await voter.get(`/api/processes/${fx.process.id}/eligibility/me`).expect(200))
      .body as EligibilityCheck;
    expect(check.eligible).toBe(false);
    expect(check.nextStep?.fr).toContain('indiquez votre date de naissance');
    const res = await voter
      .post(`/api/processes/${fx.process.id}/ballots`)
      .send({ budgetId: fx.city.id, projectIds: [fx.projects['P300']] })
      .expect(403);
    expect(res.body.code).toBe('NOT_ELIGIBLE');
    expect(res.body.message.fr).toContain('Ce vote est ouvert à partir de 16 ans.');
  });

  it('refuses a resident who declares a birth date making them 15, and keeps no birth date', async () => {
    const voter = await resident(ctx, fx.tree.quartierA1);
    const check = (
      await voter
        .put(`/api/processes/${fx.process.id}/age-declaration`)
        .send({ birthDate: bornYearsAgo(16, 1) })
        .expect(200)
    ).body as EligibilityCheck;
    expect(check.eligible).toBe(false);
    expect(check.summary.fr).toBe('Ce vote est ouvert à partir de 16 ans.');
    const res = await voter
      .post(`/api/processes/${fx.process.id}/ballots`)
      .send({ budgetId: fx.city.id, projectIds: [fx.projects['P300']] })
      .expect(403);
    expect(res.body.message.fr).toBe('Ce vote est ouvert à partir de 16 ans.');
    // Once only: a second, older date is refused.
    const again = await voter
      .put(`/api/processes/${fx.process.id}/age-declaration`)
      .send({ birthDate: '1990-01-01' })
      .expect(409);
    expect(again.body.code).toBe('AGE_ALREADY_DECLARED');
    const [fact] = await ctx.sql<{ reached_on: string; source: string }>(
      `SELECT to_char(reached_on, 'YYYY-MM-DD') AS reached_on, source FROM voter_age_facts WHERE account_id = $1`,
      [voter.account.id],
    );
    expect(fact).toEqual({ reached_on: bornYearsAgo(0, 1), source: 'declared' });
  });

  it('lets a resident who turns 16 today declare it and cast, keeping only "old enough as of today"', async () => {
    const voter = await resident(ctx, fx.tree.quartierA1);
    const check = (
      await voter
        .put(`/api/processes/${fx.process.id}/age-declaration`)
        .send({ birthDate: bornYearsAgo(16) })
        .expect(200)
    ).body as EligibilityCheck;
    expect(check.eligible).toBe(true);
    await voter
      .post(`/api/processes/${fx.process.id}/ballots`)
      .send({ budgetId: fx.city.id, projectIds: [fx.projects['P300']] })
      .expect(201);
    const audit = await ctx.sql<{ after: unknown }>(
      `SELECT after FROM audit_entries WHERE action = 'process.age-declaration' AND actor_id = $1`,
      [voter.account.id],
    );
    expect(audit).toEqual([{ after: { minimumAge: 16 } }]);
    const dump =
      JSON.stringify(await ctx.sql(`SELECT * FROM voter_age_facts`)) +
      JSON.stringify(await ctx.sql(`SELECT * FROM audit_entries`));
    expect(dump).not.toContain(bornYearsAgo(16));
  });

  it('exports the age fact with the person’s data and erases it with the account', async () => {
    const voter = await resident(ctx, fx.tree.quartierA1);
    await voter
      .put(`/api/processes/${fx.process.id}/age-declaration`)
      .send({ birthDate: '1980-06-01' })
      .expect(200);
    const data = (await downloadPersonalData(voter)).body as {
      other: { ageFacts: Array<{ source: string; minimumAge: number; oldEnoughFrom: string }> };
    };
    expect(data.other.ageFacts).toEqual([
      {
        process: 'Budget participatif 2026',
        source: 'declared',
        minimumAge: 16,
        oldEnoughFrom: parisToday(),
      },
    ]);
    await voter.post('/api/me/delete').send({ password: 'violet-tramway-de-brest' }).expect(200);
    expect(await ctx.sql(`SELECT 1 FROM voter_age_facts WHERE account_id = $1`, [voter.account.id])).toEqual(
      [],
    );
  });

  it('refuses at the counter a 15-year-old, recording nothing', async () => {
    const registered = async () =>
      (await ctx.sql<{ n: number }>(`SELECT count(*)::int AS n FROM participations`))[0].n;
    const ballots = async () => (await ctx.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ballots`))[0].n;
    const before = [await registered(), await ballots()];
    const res = await fx.staff
      .post(`/api/processes/${fx.process.id}/counter/ballots`)
      .send({
        channel: 'counter',
        lastName: 'Jeune',
        firstName: 'Léo',
        birthDate: bornYearsAgo(16, 1),
        quartierId: fx.tree.quartierA1,
        budgetId: fx.city.id,
        projectIds: [fx.projects['P300']],
      })
      .expect(403);
    expect(res.body.code).toBe('TOO_YOUNG');
    expect(res.body.message.fr).toContain('Ce vote est ouvert à partir de 16 ans');
    expect(res.body.message.en).toContain('open from the age of 16');
    expect([await registered(), await ballots()]).toEqual(before);
  });

  it('records at the counter someone who is 16 today', async () => {
    await fx.staff
      .post(`/api/processes/${fx.process.id}/counter/ballots`)
      .send({
        channel: 'counter',
        lastName: 'Juste',
        firstName: 'Seize',
        birthDate: bornYearsAgo(16),
        quartierId: fx.tree.quartierA1,
        budgetId: fx.city.id,
        projectIds: [fx.projects['P300']],
      })
      .expect(201);
  });
});
