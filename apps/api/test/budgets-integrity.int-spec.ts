import { countRows, resident, setUpVote, VoteFixture } from './support/budget-fixtures';
import { createTestContext, signInAs, TestContext } from './support/test-app';

/** Every bad ballot is refused with a clear message in French and English, and nothing is saved. */
describe('budget vote: bad input and integrity', () => {
  let ctx: TestContext;
  let fx: VoteFixture;

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await setUpVote(ctx);
  });
  afterAll(() => ctx.close());

  async function refused(body: object, status: number, code: string, homeTerritoryId: string | null = fx.tree.quartierA1) {
    const voter = await resident(ctx, homeTerritoryId);
    const before = await countRows(ctx);
    const res = await voter.post(`/api/processes/${fx.process.id}/ballots`).send(body).expect(status);
    expect(res.body.code).toBe(code);
    expect(res.body.message.fr.length).toBeGreaterThan(10);
    expect(res.body.message.en.length).toBeGreaterThan(10);
    expect(await countRows(ctx)).toEqual(before);
    return res.body as { message: { fr: string; en: string } };
  }

  it('refuses a ballot over the budget', async () => {
    const body = await refused({ budgetId: fx.city.id, projectIds: [fx.projects['P600'], fx.projects['P500']] }, 400, 'INVALID_BALLOT');
    expect(body.message.fr).toMatch(/Vos projets coûtent 1\s100\s€\. Le maximum est 1\s000\s€/);
  });

  it('refuses too many projects', async () => {
    const body = await refused({ budgetId: fx.a1.id, projectIds: [fx.projects['Q100'], fx.projects['Q200'], fx.projects['Q300']] }, 400, 'INVALID_BALLOT');
    expect(body.message.fr).toContain('Choisissez au plus 2 projets');
  });

  it('refuses an empty ballot', async () => {
    await refused({ budgetId: fx.city.id, projectIds: [] }, 400, 'INVALID_BALLOT');
  });

  it('refuses an unknown project', async () => {
    await refused({ budgetId: fx.city.id, projectIds: ['00000000-0000-4000-8000-000000000000'] }, 400, 'INVALID_BALLOT');
  });

  it('refuses a project of another quartier’s envelope', async () => {
    const body = await refused({ budgetId: fx.city.id, projectIds: [fx.projects['Q100']] }, 400, 'PROJECT_OF_ANOTHER_BUDGET');
    expect(body.message.fr).toContain('Quartier A1');
  });

  it('refuses the same project twice', async () => {
    await refused({ budgetId: fx.city.id, projectIds: [fx.projects['P300'], fx.projects['P300']] }, 400, 'INVALID_BALLOT');
  });

  it('refuses points on a ballot that takes none', async () => {
    await refused({ budgetId: fx.city.id, projectIds: [fx.projects['P300']], points: [3] }, 400, 'INVALID_BALLOT');
  });

  it('refuses a resident of another quartier in the A1 envelope', async () => {
    const body = await refused({ budgetId: fx.a1.id, projectIds: [fx.projects['Q100']] }, 403, 'NOT_ELIGIBLE', fx.tree.quartierA2);
    expect(body.message.fr).toContain('réservée aux habitants de Quartier A1');
  });

  it('refuses a resident of another commune', async () => {
    await refused({ budgetId: fx.city.id, projectIds: [fx.projects['P300']] }, 403, 'NOT_ELIGIBLE', fx.tree.communeB);
  });

  it('refuses a resident whose address is unknown, saying what to do', async () => {
    const body = await refused({ budgetId: fx.city.id, projectIds: [fx.projects['P300']] }, 403, 'NOT_ELIGIBLE', null);
    expect(body.message.fr).toContain('Indiquez votre quartier');
  });

  it('refuses an unverified account, saying what to do', async () => {
    const voter = await resident(ctx, fx.tree.quartierA1, { verified: false });
    const res = await voter.post(`/api/processes/${fx.process.id}/ballots`).send({ budgetId: fx.city.id, projectIds: [fx.projects['P300']] }).expect(403);
    expect(res.body.code).toBe('NOT_ELIGIBLE');
    expect(res.body.message.fr).toContain('confirmez votre adresse e-mail');
  });

  it('refuses a forged channel on the online route', async () => {
    await refused({ budgetId: fx.city.id, projectIds: [fx.projects['P300']], channel: 'paper' }, 400, 'VALIDATION_FAILED');
  });

  it('refuses a resident on the counter route', async () => {
    const voter = await resident(ctx, fx.tree.quartierA1);
    const before = await countRows(ctx);
    await voter
      .post(`/api/processes/${fx.process.id}/counter/ballots`)
      .send({ channel: 'paper', email: voter.account.email, budgetId: fx.city.id, projectIds: [fx.projects['P300']] })
      .expect(403);
    expect(await countRows(ctx)).toEqual(before);
  });

  it('refuses a second ballot for the same envelope', async () => {
    const voter = await resident(ctx, fx.tree.quartierA1);
    await voter.post(`/api/processes/${fx.process.id}/ballots`).send({ budgetId: fx.city.id, projectIds: [fx.projects['P300']] }).expect(201);
    const before = await countRows(ctx);
    const res = await voter.post(`/api/processes/${fx.process.id}/ballots`).send({ budgetId: fx.city.id, projectIds: [fx.projects['P500']] }).expect(409);
    expect(res.body.code).toBe('ALREADY_VOTED');
    expect(res.body.message.en).toContain('already voted');
    expect(await countRows(ctx)).toEqual(before);
  });

  it('stores exactly one ballot and one register entry out of 200 concurrent casts by one person', async () => {
    const voter = await resident(ctx, fx.tree.quartierA1);
    const before = await countRows(ctx);
    const statuses = await Promise.all(
      Array.from({ length: 200 }, () =>
        voter
          .post(`/api/processes/${fx.process.id}/ballots`)
          .send({ budgetId: fx.a1.id, projectIds: [fx.projects['Q300']] })
          .then((res) => res.status),
      ),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(199);
    expect(await countRows(ctx)).toEqual({ ballots: before.ballots + 1, participations: before.participations + 1 });
  });

  it('refuses a vote outside the vote phase, saving nothing', async () => {
    const voter = await resident(ctx, fx.tree.quartierA1);
    await fx.official.post(`/api/processes/${fx.process.id}/phase`).send({ phase: 'assessment' }).expect(200);
    try {
      const before = await countRows(ctx);
      const res = await voter.post(`/api/processes/${fx.process.id}/ballots`).send({ budgetId: fx.city.id, projectIds: [fx.projects['P300']] }).expect(409);
      expect(res.body.code).toBe('VOTE_NOT_OPEN');
      expect(await countRows(ctx)).toEqual(before);
    } finally {
      await fx.official.post(`/api/processes/${fx.process.id}/phase`).send({ phase: 'vote' }).expect(200);
    }
  });

  it('does not let staff of another commune take counter ballots', async () => {
    const outsider = await signInAs(ctx, 'staff', fx.tree.communeB);
    const voter = await resident(ctx, fx.tree.quartierA1);
    await outsider
      .post(`/api/processes/${fx.process.id}/counter/ballots`)
      .send({ channel: 'counter', email: voter.account.email, budgetId: fx.city.id, projectIds: [fx.projects['P300']] })
      .expect(403);
  });
});
