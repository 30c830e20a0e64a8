import { randomUUID } from 'node:crypto';

import { OnlineBallotRow, OnlineBallotWriter } from '../src/budgets/online-ballot.writer';
import { countRows, resident, setUpVote, VoteFixture } from './support/budget-fixtures';
import { createAccount, createTestContext, TestContext } from './support/test-app';

/**
 * Online ballots of a locked envelope are written in groups (one statement for the ballots arriving
 * while the previous one is in flight). Each ballot must still count once, with its own content, and
 * one bad row must not cost the others their vote.
 */
describe('budget vote: grouped online ballots', () => {
  let ctx: TestContext;
  let fx: VoteFixture;

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await setUpVote(ctx);
    // Locks the city envelope: the casts below all take the grouped path.
    const first = await resident(ctx, fx.tree.quartierA1);
    await first.post(`/api/processes/${fx.process.id}/ballots`).send({ budgetId: fx.city.id, projectIds: [fx.projects['P300']] }).expect(201);
  });
  afterAll(() => ctx.close());

  it('counts each of 30 voters casting at once, each twice, exactly once with their own ballot', async () => {
    const voters = [];
    for (let i = 0; i < 30; i++) voters.push(await resident(ctx, fx.tree.quartierA1));
    const before = await countRows(ctx);
    const choice = (i: number) => (i % 2 ? [fx.projects['P600']] : [fx.projects['P300'], fx.projects['P500']]);
    const responses = await Promise.all(
      voters.flatMap((voter, i) =>
        [0, 1].map(() => voter.post(`/api/processes/${fx.process.id}/ballots`).send({ budgetId: fx.city.id, projectIds: choice(i) })),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(30);
    expect(statuses.filter((s) => s === 409)).toHaveLength(30);
    for (const r of responses.filter((r) => r.status === 409)) expect(r.body.code).toBe('ALREADY_VOTED');
    const after = await countRows(ctx);
    expect(after.ballots - before.ballots).toBe(30);
    expect(after.participations - before.participations).toBe(30);
    // Contents as cast: 15 of each choice (matched inside the statement, never through a stored link).
    const contents = await ctx.sql<{ content: { projectIds: string[] }; n: number }>(
      `SELECT content, count(*)::int AS n FROM ballots WHERE budget_id = $1 GROUP BY content`,
      [fx.city.id],
    );
    const n = (ids: string[]) => contents.find((c) => [...c.content.projectIds].sort().join() === [...ids].sort().join())?.n ?? 0;
    expect(n([fx.projects['P600']])).toBe(15);
    expect(n([fx.projects['P300'], fx.projects['P500']])).toBe(15);
  });

  it('decides each voter of a group on their own facts', async () => {
    // Read together, then decided one by one: residents of quartier A1 may vote in the city envelope,
    // residents of commune B may not, and unverified accounts must confirm their e-mail first.
    const eligible = [];
    const outsiders = [];
    const unverified = [];
    for (let i = 0; i < 8; i++) {
      eligible.push(await resident(ctx, fx.tree.quartierA2));
      outsiders.push(await resident(ctx, fx.tree.communeB));
      unverified.push(await resident(ctx, fx.tree.quartierA1, { verified: false }));
    }
    const cast = (voter: (typeof eligible)[number]) =>
      voter.post(`/api/processes/${fx.process.id}/ballots`).send({ budgetId: fx.city.id, projectIds: [fx.projects['P300']] });
    const before = await countRows(ctx);
    const responses = await Promise.all(eligible.flatMap((voter, i) => [cast(voter), cast(outsiders[i]), cast(unverified[i])]));
    responses.forEach((r, i) => {
      if (i % 3 === 0) expect(r.status).toBe(201);
      else {
        expect(r.status).toBe(403);
        expect(r.body.code).toBe('NOT_ELIGIBLE');
        if (i % 3 === 2) expect(r.body.message.fr).toContain('confirmez votre adresse e-mail');
      }
    });
    const after = await countRows(ctx);
    expect(after.ballots - before.ballots).toBe(8);
    expect(after.participations - before.participations).toBe(8);
  });

  it('writes the good rows of a group one of whose rows the database refuses', async () => {
    const writer = ctx.app.get(OnlineBallotWriter);
    const accounts = [];
    for (let i = 0; i < 6; i++) accounts.push(await createAccount(ctx));
    const row = (accountId: string, quartierId: string | null): OnlineBallotRow => ({
      accountId,
      identityHash: null,
      quartierId,
      content: { projectIds: [fx.projects['P300']] },
      receiptHash: Buffer.from(randomUUID().replace(/-/g, ''), 'hex'),
    });
    const before = await countRows(ctx);
    // Written together (all queued before the first statement returns); the third names no territory
    // that exists, which the register's foreign key refuses.
    const outcomes = await Promise.allSettled(
      accounts.map((a, i) => writer.write(fx.process.id, fx.city.id, row(a.id, i === 2 ? randomUUID() : fx.tree.quartierA1))),
    );
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect(outcomes.filter((o) => o.status === 'fulfilled').map((o) => (o as PromiseFulfilledResult<string>).value)).toEqual(Array(5).fill('cast'));
    const after = await countRows(ctx);
    expect(after.ballots - before.ballots).toBe(5);
    expect(after.participations - before.participations).toBe(5);
  });

  it('refuses a group once the vote has closed, writing nothing', async () => {
    const writer = ctx.app.get(OnlineBallotWriter);
    const account = await createAccount(ctx);
    await ctx.sql(`UPDATE processes SET phase = 'results' WHERE id = $1`, [fx.process.id]);
    try {
      const before = await countRows(ctx);
      const outcome = await writer.write(fx.process.id, fx.city.id, {
        accountId: account.id,
        identityHash: null,
        quartierId: fx.tree.quartierA1,
        content: { projectIds: [fx.projects['P300']] },
        receiptHash: Buffer.alloc(32, 7),
      });
      expect(outcome).toBe('not-voting');
      expect(await countRows(ctx)).toEqual(before);
    } finally {
      await ctx.sql(`UPDATE processes SET phase = 'vote' WHERE id = $1`, [fx.process.id]);
    }
  });
});
