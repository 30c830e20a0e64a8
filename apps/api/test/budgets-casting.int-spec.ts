import { countRows, resident, setUpVote, VoteFixture } from './support/budget-fixtures';
import { createTestContext, TestContext } from './support/test-app';

/**
 * Once an envelope holds its first ballot its rules are locked, and an online cast takes the short
 * path (one read, then one statement for the register entry and the ballot). Every server-side
 * check must hold there exactly as on the first ballot's path.
 */
describe('budget vote: casting in a locked envelope', () => {
  let ctx: TestContext;
  let fx: VoteFixture;
  const ballots = () => `/api/processes/${fx.process.id}/ballots`;

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await setUpVote(ctx);
    // The first ballot of each envelope locks it.
    await (
      await resident(ctx, fx.tree.quartierA1)
    )
      .post(ballots())
      .send({ budgetId: fx.city.id, projectIds: [fx.projects['P300']] })
      .expect(201);
    await (
      await resident(ctx, fx.tree.quartierA1)
    )
      .post(ballots())
      .send({ budgetId: fx.a1.id, projectIds: [fx.projects['Q100']] })
      .expect(201);
    const [{ locked }] = await ctx.sql<{ locked: number }>(
      `SELECT count(*)::int AS locked FROM budgets WHERE id = ANY($1::uuid[]) AND locked_at IS NOT NULL`,
      [[fx.city.id, fx.a1.id]],
    );
    expect(locked).toBe(2);
  });
  afterAll(() => ctx.close());

  async function refused(
    body: object,
    status: number,
    code: string,
    homeTerritoryId: string | null = fx.tree.quartierA1,
  ) {
    const voter = await resident(ctx, homeTerritoryId);
    const before = await countRows(ctx);
    const res = await voter.post(ballots()).send(body).expect(status);
    expect(res.body.code).toBe(code);
    expect(res.body.message.fr.length).toBeGreaterThan(10);
    expect(res.body.message.en.length).toBeGreaterThan(10);
    expect(await countRows(ctx)).toEqual(before);
    return res.body as { message: { fr: string; en: string } };
  }

  it('records a ballot and its register entry, with a receipt whose hash only the ballot keeps', async () => {
    const voter = await resident(ctx, fx.tree.quartierA1);
    const before = await countRows(ctx);
    const res = await voter
      .post(ballots())
      .send({ budgetId: fx.city.id, projectIds: [fx.projects['P500'], fx.projects['P300']] })
      .expect(201);
    expect(res.body.receiptCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(await countRows(ctx)).toEqual({
      ballots: before.ballots + 1,
      participations: before.participations + 1,
    });
    const [ballot] = await ctx.sql<{ content: { projectIds: string[] } }>(
      `SELECT content FROM ballots WHERE receipt_hash = sha256(convert_to($1, 'UTF8'))`,
      [res.body.receiptCode],
    );
    // Stored in the envelope's own order, not the order the voter clicked.
    expect(ballot.content.projectIds).toEqual([fx.projects['P500'], fx.projects['P300']]);
    const [entry] = await ctx.sql<{ channel: string; quartier_id: string }>(
      `SELECT channel, quartier_id FROM participations WHERE account_id = $1`,
      [voter.account.id],
    );
    expect(entry).toEqual({ channel: 'online', quartier_id: fx.tree.quartierA1 });
  });

  it('refuses a ballot over the budget', async () => {
    await refused(
      { budgetId: fx.city.id, projectIds: [fx.projects['P600'], fx.projects['P500']] },
      400,
      'INVALID_BALLOT',
    );
  });

  it('refuses too many projects', async () => {
    await refused(
      { budgetId: fx.a1.id, projectIds: [fx.projects['Q100'], fx.projects['Q200'], fx.projects['Q300']] },
      400,
      'INVALID_BALLOT',
    );
  });

  it('refuses a project of another envelope', async () => {
    const body = await refused(
      { budgetId: fx.city.id, projectIds: [fx.projects['Q100']] },
      400,
      'PROJECT_OF_ANOTHER_BUDGET',
    );
    expect(body.message.fr).toContain('Quartier A1');
  });

  it('refuses a resident of another quartier in the A1 envelope', async () => {
    await refused(
      { budgetId: fx.a1.id, projectIds: [fx.projects['Q100']] },
      403,
      'NOT_ELIGIBLE',
      fx.tree.quartierA2,
    );
  });

  it('refuses an envelope of this process voted in through another process', async () => {
    const other = (
      await fx.official
        .post('/api/processes')
        .send({
          territoryId: fx.tree.communeA,
          kind: 'budget',
          slug: 'bp-autre',
          title: 'Autre budget',
          descriptionHtml: '<p>Autre</p>',
        })
        .expect(201)
    ).body as { id: string };
    const voter = await resident(ctx, fx.tree.quartierA1);
    const before = await countRows(ctx);
    const res = await voter
      .post(`/api/processes/${other.id}/ballots`)
      .send({ budgetId: fx.city.id, projectIds: [fx.projects['P300']] });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(await countRows(ctx)).toEqual(before);
  });

  it('refuses a second ballot of a person who voted on paper first', async () => {
    const voter = await resident(ctx, fx.tree.quartierA1);
    await fx.staff
      .post(`/api/processes/${fx.process.id}/counter/ballots`)
      .send({
        email: voter.account.email,
        channel: 'paper',
        budgetId: fx.city.id,
        projectIds: [fx.projects['P300']],
      })
      .expect(201);
    const before = await countRows(ctx);
    const res = await voter
      .post(ballots())
      .send({ budgetId: fx.city.id, projectIds: [fx.projects['P500']] })
      .expect(409);
    expect(res.body.code).toBe('ALREADY_VOTED');
    expect(await countRows(ctx)).toEqual(before);
  });

  it('stores exactly one ballot out of 200 concurrent casts by one person', async () => {
    const voter = await resident(ctx, fx.tree.quartierA1);
    const before = await countRows(ctx);
    const statuses = await Promise.all(
      Array.from({ length: 200 }, () =>
        voter
          .post(ballots())
          .send({ budgetId: fx.city.id, projectIds: [fx.projects['P600']] })
          .then((res) => res.status),
      ),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(199);
    expect(await countRows(ctx)).toEqual({
      ballots: before.ballots + 1,
      participations: before.participations + 1,
    });
  });

  it('refuses a vote once the vote is closed, saving nothing', async () => {
    const voter = await resident(ctx, fx.tree.quartierA1);
    await fx.official.post(`/api/processes/${fx.process.id}/phase`).send({ phase: 'assessment' }).expect(200);
    try {
      const before = await countRows(ctx);
      const res = await voter
        .post(ballots())
        .send({ budgetId: fx.city.id, projectIds: [fx.projects['P300']] })
        .expect(409);
      expect(res.body.code).toBe('VOTE_NOT_OPEN');
      expect(await countRows(ctx)).toEqual(before);
    } finally {
      await fx.official.post(`/api/processes/${fx.process.id}/phase`).send({ phase: 'vote' }).expect(200);
    }
  });
});
