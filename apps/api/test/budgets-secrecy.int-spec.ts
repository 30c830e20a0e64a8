import { resident, setUpVote, VoteFixture } from './support/budget-fixtures';
import { createTestContext, signInAs, TestContext } from './support/test-app';
import { downloadPersonalData } from './support/downloads';

/** The register (who voted) and the box (what was chosen) cannot be put back together, by schema or by API. */
describe('budget vote: secret ballot', () => {
  let ctx: TestContext;
  let fx: VoteFixture;
  let voter: Awaited<ReturnType<typeof resident>>;

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await setUpVote(ctx);
    voter = await resident(ctx, fx.tree.quartierA1);
    await voter.post(`/api/processes/${fx.process.id}/ballots`).send({ budgetId: fx.city.id, projectIds: [fx.projects['P500']] }).expect(201);
    await voter.post(`/api/processes/${fx.process.id}/ballots`).send({ budgetId: fx.a1.id, projectIds: [fx.projects['Q300']] }).expect(201);
  });
  afterAll(() => ctx.close());

  it('gives the ballot box no foreign key to the register or to accounts', async () => {
    const rows = await ctx.sql<{ referenced: string }>(
      `SELECT ccu.table_name AS referenced FROM information_schema.table_constraints tc
       JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
       WHERE tc.table_name = 'ballots' AND tc.constraint_type = 'FOREIGN KEY'`,
    );
    expect(rows.map((r) => r.referenced)).toEqual(['budgets']);
  });

  it('gives no table a foreign key to the ballot box', async () => {
    const rows = await ctx.sql(
      `SELECT tc.table_name FROM information_schema.table_constraints tc
       JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
       WHERE tc.constraint_type = 'FOREIGN KEY' AND ccu.table_name = 'ballots'`,
    );
    expect(rows).toEqual([]);
  });

  it('keeps in the ballot box no person, no time and no sequence', async () => {
    const columns = await ctx.sql<{ column_name: string; data_type: string; column_default: string | null }>(
      `SELECT column_name, data_type, column_default FROM information_schema.columns WHERE table_name = 'ballots' ORDER BY column_name`,
    );
    expect(columns.map((c) => c.column_name)).toEqual(['budget_id', 'content', 'id', 'receipt_hash']);
    expect(columns.filter((c) => /time|date|interval/.test(c.data_type))).toEqual([]);
    expect(columns.filter((c) => c.column_default?.includes('nextval'))).toEqual([]);
    expect(columns.find((c) => c.column_name === 'id')?.column_default).toBe('gen_random_uuid()');
  });

  it('shares no column with the register but the envelope (and each table’s own random id)', async () => {
    const rows = await ctx.sql<{ column_name: string }>(
      `SELECT b.column_name FROM information_schema.columns b JOIN information_schema.columns p
         ON p.column_name = b.column_name AND p.table_name = 'participations'
       WHERE b.table_name = 'ballots' ORDER BY b.column_name`,
    );
    expect(rows.map((r) => r.column_name)).toEqual(['budget_id', 'id']);
  });

  it('keeps only the day in the register, never the time', async () => {
    const columns = await ctx.sql<{ column_name: string; data_type: string }>(
      `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'participations' AND data_type LIKE '%time%'`,
    );
    expect(columns).toEqual([]);
  });

  it('gives the ballot an id unrelated to the register entry', async () => {
    const ids = await ctx.sql<{ id: string }>(`SELECT id FROM ballots INTERSECT SELECT id FROM participations`);
    expect(ids).toEqual([]);
  });

  it('leaves the voter’s choices out of their personal data export', async () => {
    const res = await downloadPersonalData(voter);
    const text = JSON.stringify(res.body);
    expect(res.body.other.participations).toHaveLength(2);
    expect(text).not.toContain(fx.projects['P500']);
    expect(text).not.toContain(fx.projects['Q300']);
  });

  it('shows staff and officials counts only on the participation dashboard', async () => {
    const text = JSON.stringify((await fx.official.get(`/api/processes/${fx.process.id}/participation`).expect(200)).body);
    expect(text).not.toContain(fx.projects['P500']);
    expect(text).not.toContain(voter.account.id);
  });

  it('writes no vote into the audit log an admin reads', async () => {
    const admin = await signInAs(ctx, 'admin', fx.tree.communeA);
    const res = await admin.get(`/api/admin/audit?territoryId=${fx.tree.communeA}&pageSize=200`).expect(200);
    const entries = res.body.items as Array<{ actorId: string | null; action: string }>;
    expect(entries.filter((e) => e.actorId === voter.account.id)).toEqual([]);
    expect(entries.filter((e) => e.action.includes('ballot.') || e.action.includes('vote'))).toEqual([]);
  });

  it('rewrites every ballot at the count, so their system columns no longer name the voter’s transaction', async () => {
    await fx.staff.post(`/api/processes/${fx.process.id}/count`).expect(200);
    const ballots = await ctx.sql<{ xmin: string }>(`SELECT DISTINCT xmin::text FROM ballots`);
    const register = await ctx.sql<{ xmin: string }>(`SELECT DISTINCT xmin::text FROM participations`);
    expect(ballots).toHaveLength(1);
    expect(register.map((r) => r.xmin)).not.toContain(ballots[0].xmin);
  });
});
