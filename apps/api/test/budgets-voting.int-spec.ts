import type { BallotPage, CastBallotResult, EligibilityCheck } from '@agora/contracts';

import { countRows, resident, setUpVote, VoteFixture } from './support/budget-fixtures';
import { createTestContext, TestContext } from './support/test-app';

describe('budget vote: casting a ballot online', () => {
  let ctx: TestContext;
  let fx: VoteFixture;

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await setUpVote(ctx);
  });
  afterAll(() => ctx.close());

  it('tells a resident of A1 they may vote for their quartier and the whole city, and why', async () => {
    const voter = await resident(ctx, fx.tree.quartierA1);
    const res = await voter.get(`/api/processes/${fx.process.id}/eligibility/me`).expect(200);
    const check = res.body as EligibilityCheck;
    expect(check.eligible).toBe(true);
    expect(check.budgets.map((b) => b.eligible)).toEqual([true, true]);
    expect(check.summary.fr).toContain('toute la ville et pour Quartier A1');
  });

  it('tells a resident of A2 that the A1 envelope is not theirs', async () => {
    const voter = await resident(ctx, fx.tree.quartierA2);
    const check = (await voter.get(`/api/processes/${fx.process.id}/eligibility/me`).expect(200)).body as EligibilityCheck;
    expect(check.budgets.find((b) => b.budgetId === fx.a1.id)?.reason.fr).toBe('Cette enveloppe est réservée aux habitants de Quartier A1.');
  });

  it('lets the rules change while no ballot is cast', async () => {
    await fx.official.patch(`/api/budgets/${fx.a1.id}`).send({ maxProjects: 2 }).expect(200);
  });

  it('shows the ballot page with the projects in a stable order for the same visitor', async () => {
    const voter = await resident(ctx, fx.tree.quartierA1);
    const first = (await voter.get(`/api/processes/${fx.process.id}/ballot`).expect(200)).body as BallotPage;
    const again = (await voter.get(`/api/processes/${fx.process.id}/ballot`).expect(200)).body as BallotPage;
    expect(first.budgets).toHaveLength(2);
    expect(again.budgets[0].budget.projects.map((p) => p.id)).toEqual(first.budgets[0].budget.projects.map((p) => p.id));
  });

  it('casts a knapsack ballot and returns a receipt code, writing one register entry and one ballot', async () => {
    const voter = await resident(ctx, fx.tree.quartierA1);
    const before = await countRows(ctx);
    const res = await voter
      .post(`/api/processes/${fx.process.id}/ballots`)
      .send({ budgetId: fx.city.id, projectIds: [fx.projects['P300'], fx.projects['P600']] })
      .expect(201);
    expect((res.body as CastBallotResult).receiptCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(await countRows(ctx)).toEqual({ ballots: before.ballots + 1, participations: before.participations + 1 });
    const [entry] = await ctx.sql<{ channel: string; staff_id: string | null }>(`SELECT channel, staff_id FROM participations WHERE account_id = $1`, [voter.account.id]);
    expect(entry).toEqual({ channel: 'online', staff_id: null });
  });

  it('stores the choice in the envelope’s order, not in the order clicked', async () => {
    const voter = await resident(ctx, fx.tree.quartierA1);
    const res = await voter
      .post(`/api/processes/${fx.process.id}/ballots`)
      .send({ budgetId: fx.a1.id, projectIds: [fx.projects['Q200'], fx.projects['Q100']] })
      .expect(201);
    const [ballot] = await ctx.sql<{ content: { projectIds: string[] } }>(
      `SELECT content FROM ballots WHERE receipt_hash = sha256(convert_to($1, 'UTF8'))`,
      [(res.body as CastBallotResult).receiptCode],
    );
    expect(ballot.content.projectIds).toEqual([fx.projects['Q100'], fx.projects['Q200']]);
  });

  it('e-mails the receipt when asked', async () => {
    const voter = await resident(ctx, fx.tree.quartierA2);
    const res = await voter
      .post(`/api/processes/${fx.process.id}/ballots`)
      .send({ budgetId: fx.city.id, projectIds: [fx.projects['P500']], emailReceipt: true })
      .expect(201);
    const outbox = (await voter.get('/api/dev/outbox').expect(200)).body as Array<{ to: string; text: string }>;
    expect(outbox.find((m) => m.to === voter.account.email)?.text).toContain((res.body as CastBallotResult).receiptCode);
  });

  it('locks the rules once the first ballot is cast', async () => {
    const res = await fx.official.patch(`/api/budgets/${fx.city.id}`).send({ amountCents: 200000 }).expect(409);
    expect(res.body.code).toBe('RULES_LOCKED');
    expect(res.body.message.fr).toContain('un premier bulletin a déjà été déposé');
    const [row] = await ctx.sql<{ amount_cents: string; locked_at: Date | null }>(`SELECT amount_cents, locked_at FROM budgets WHERE id = $1`, [fx.city.id]);
    expect(row.amount_cents).toBe('100000');
    expect(row.locked_at).not.toBeNull();
  });

  it('refuses to add a project once the first ballot is cast', async () => {
    const res = await fx.staff.post(`/api/budgets/${fx.city.id}/projects`).send({ title: 'Tard', costCents: 100 }).expect(409);
    expect(res.body.code).toBe('RULES_LOCKED');
  });

  it('refuses to change the eligibility once a ballot is cast', async () => {
    const res = await fx.official.put(`/api/processes/${fx.process.id}/eligibility`).send({ residence: 'census', verifications: ['census'] }).expect(409);
    expect(res.body.code).toBe('RULES_LOCKED');
  });

});
