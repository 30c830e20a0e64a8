import type { Budget, BudgetProcessPage, ProcessDetail, ProcessSummary } from '@agora/contracts';

import { JobRunner } from '../src/scheduler/job-runner.service';
import { insertSmallTree, SmallTree } from './support/territory-fixtures';
import { agent, createTestContext, signInAs, TestContext } from './support/test-app';

/** Launching a budget process: the process, its timeline, its envelopes and their rules in plain words. */
describe('budget process: set-up by officials', () => {
  let ctx: TestContext;
  let tree: SmallTree;
  let official: Awaited<ReturnType<typeof signInAs>>;
  let process: ProcessDetail;

  beforeAll(async () => {
    ctx = await createTestContext();
    tree = await insertSmallTree(ctx);
    official = await signInAs(ctx, 'official', tree.communeA);
    process = (
      await official
        .post('/api/processes')
        .send({
          territoryId: tree.communeA,
          kind: 'budget',
          slug: 'bp-a',
          title: 'Budget participatif',
          descriptionHtml: '<p>Proposez <strong>vos idées</strong></p><script>alert(1)</script><img src=x onerror=alert(1)>',
          schedule: [
            { phase: 'proposals', startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-02-01T00:00:00Z' },
            { phase: 'vote', startsAt: '2026-03-01T00:00:00Z', endsAt: '2026-03-31T00:00:00Z' },
          ],
        })
        .expect(201)
    ).body as ProcessDetail;
  });
  afterAll(() => ctx.close());

  it('stores the description sanitised', () => {
    expect(process.descriptionHtml).toBe('<p>Proposez <strong>vos idées</strong></p>');
  });

  it('starts as a draft with its timeline', () => {
    expect(process.phase).toBe('draft');
    expect(process.schedule.map((w) => w.phase)).toEqual(['proposals', 'vote']);
  });

  it('audits the creation', async () => {
    const rows = await ctx.sql(`SELECT actor_id FROM audit_entries WHERE action = 'process.create' AND object_id = $1`, [process.id]);
    expect(rows).toEqual([{ actor_id: official.account.id }]);
  });

  it('hides a draft from the public', async () => {
    await agent(ctx.app).get(`/api/processes/${process.id}`).expect(404);
    const list = (await agent(ctx.app).get('/api/processes').expect(200)).body as ProcessSummary[];
    expect(list.map((p) => p.id)).not.toContain(process.id);
  });

  it('refuses a slug already used', async () => {
    const res = await official.post('/api/processes').send({ territoryId: tree.communeA, kind: 'budget', slug: 'bp-a', title: 'Autre' }).expect(409);
    expect(res.body.code).toBe('PROCESS_SLUG_TAKEN');
  });

  it('refuses a process on a quartier', async () => {
    const quartierOfficial = await signInAs(ctx, 'official', tree.quartierA1);
    const res = await quartierOfficial.post('/api/processes').send({ territoryId: tree.quartierA1, kind: 'budget', slug: 'bp-q', title: 'Q' }).expect(400);
    expect(res.body.code).toBe('PROCESS_TERRITORY_KIND');
  });

  it('refuses a timeline whose vote comes before the proposals', async () => {
    const res = await official
      .patch(`/api/processes/${process.id}`)
      .send({ schedule: [{ phase: 'vote', startsAt: '2026-01-01T00:00:00Z' }, { phase: 'proposals', startsAt: '2026-02-01T00:00:00Z' }] })
      .expect(400);
    expect(res.body.code).toBe('SCHEDULE_ORDER');
  });

  it('refuses staff launching a process', async () => {
    const staff = await signInAs(ctx, 'staff', tree.communeA);
    await staff.post('/api/processes').send({ territoryId: tree.communeA, kind: 'budget', slug: 'bp-s', title: 'S' }).expect(403);
  });

  it('refuses an official of another commune editing it', async () => {
    const other = await signInAs(ctx, 'official', tree.communeB);
    await other.patch(`/api/processes/${process.id}`).send({ title: 'Pris' }).expect(403);
  });

  it('refuses an envelope outside the process’s territory', async () => {
    const res = await official
      .post(`/api/processes/${process.id}/budgets`)
      .send({ territoryId: tree.communeB, name: 'B', amountCents: 1000, ballotKind: 'knapsack', countingRule: 'greedy' })
      .expect(400);
    expect(res.body.code).toBe('BUDGET_SCOPE');
  });

  it('refuses a new envelope once the vote has opened', async () => {
    const late = (
      await official
        .post('/api/processes')
        .send({ territoryId: tree.communeA, kind: 'budget', slug: 'bp-tard', title: 'BP tard', descriptionHtml: '<p>Votez</p>' })
        .expect(201)
    ).body as ProcessDetail;
    await official.post(`/api/processes/${late.id}/phase`).send({ phase: 'vote' }).expect(200);
    const res = await official
      .post(`/api/processes/${late.id}/budgets`)
      .send({ territoryId: tree.communeA, name: 'Tard', amountCents: 1000, ballotKind: 'knapsack', countingRule: 'greedy' })
      .expect(409);
    expect(res.body.code).toBe('BUDGET_CREATE_TOO_LATE');
    expect(res.body.message.fr).toContain('une fois le vote ouvert');
    expect(await ctx.sql(`SELECT 1 FROM budgets WHERE process_id = $1`, [late.id])).toEqual([]);
  });

  it('refuses cumulative rules without a number of points', async () => {
    const res = await official
      .post(`/api/processes/${process.id}/budgets`)
      .send({ territoryId: tree.communeA, name: 'Points', amountCents: 1000, ballotKind: 'cumulative', countingRule: 'greedy' })
      .expect(400);
    expect(res.body.code).toBe('INVALID_BALLOT_RULES');
  });

  it('states the rules of each envelope in plain French on the public page', async () => {
    await official.post(`/api/processes/${process.id}/budgets`).send({ territoryId: tree.communeA, name: 'Ville', amountCents: 20000000, ballotKind: 'knapsack', countingRule: 'mes' }).expect(201);
    const created = (
      await official
        .post(`/api/processes/${process.id}/budgets`)
        .send({ territoryId: tree.quartierA1, name: 'A1', amountCents: 5000000, ballotKind: 'cumulative', points: 10, maxPointsPerProject: 3, countingRule: 'greedy', position: 1 })
        .expect(201)
    ).body as Budget;
    expect(created.rulesText.fr).toContain('Vous avez 10 points à répartir entre les projets pour votre quartier (Quartier A1), au plus 3 par projet.');
    await official.post(`/api/processes/${process.id}/phase`).send({ phase: 'proposals' }).expect(200);
    const page = (await agent(ctx.app).get('/api/budget-processes/bp-a').expect(200)).body as BudgetProcessPage;
    expect(page.budgets[0].rulesText.fr).toMatch(/^Vous pouvez choisir des projets jusqu’à 200\s000\s€ pour toute la ville \(Commune A\)\./);
    expect(page.budgets[0].rulesText.fr).toContain('méthode des parts égales');
    expect(page.eligibility.text.fr).toContain('il faut habiter Commune A');
  });

  it('audits a phase changed by hand', async () => {
    const rows = await ctx.sql<{ actor_id: string; after: { phase: string } }>(`SELECT actor_id, after FROM audit_entries WHERE action = 'process.phase' AND object_id = $1`, [process.id]);
    expect(rows).toEqual([{ actor_id: official.account.id, after: { phase: 'proposals', by: 'hand' } }]);
  });

  it('turns a feasible proposal into a ballot project, and back when removed before the vote', async () => {
    const [budget] = await ctx.sql<{ id: string }>(`SELECT id FROM budgets WHERE process_id = $1 AND name = 'Ville'`, [process.id]);
    const [proposal] = await ctx.sql<{ id: string }>(
      `INSERT INTO proposals (process_id, territory_id, kind, title, description, status, feasible, assessed_at, final_cost_cents, published_at)
       VALUES ($1, $2, 'project', 'Bancs', 'Des bancs', 'feasible', true, now(), 150000, now()) RETURNING id`,
      [process.id, tree.communeA],
    );
    const staff = await signInAs(ctx, 'staff', tree.communeA);
    const feasible = (await staff.get(`/api/processes/${process.id}/feasible-proposals`).expect(200)).body as Array<{ id: string }>;
    expect(feasible.map((p) => p.id)).toEqual([proposal.id]);
    const created = (await staff.post(`/api/budgets/${budget.id}/projects`).send({ proposalId: proposal.id, title: 'Bancs', costCents: 150000 }).expect(201)).body as Budget;
    const project = created.projects.find((p) => p.proposalId === proposal.id)!;
    expect((await ctx.sql(`SELECT status FROM proposals WHERE id = $1`, [proposal.id]))[0]).toEqual({ status: 'onBallot' });
    await staff.delete(`/api/ballot-projects/${project.id}`).expect(204);
    expect((await ctx.sql(`SELECT status FROM proposals WHERE id = $1`, [proposal.id]))[0]).toEqual({ status: 'feasible' });
  });

  it('opens the vote when its date comes, through the scheduler', async () => {
    await ctx.app.get(JobRunner).runAll(new Date('2026-03-02T00:00:00Z'));
    const [row] = await ctx.sql<{ phase: string }>(`SELECT phase FROM processes WHERE id = $1`, [process.id]);
    expect(row.phase).toBe('vote');
    const [audit] = await ctx.sql<{ actor_id: string | null }>(`SELECT actor_id FROM audit_entries WHERE action = 'process.phase' AND after->>'by' = 'schedule'`);
    expect(audit.actor_id).toBeNull();
  });
});
