import { createHash } from 'node:crypto';

import type { CastBallotResult, CounterBallotResult, ParticipationStats, ProcessResults, ReceiptCheck } from '@agora/contracts';
import { parsePabulib, tally } from '@agora/vote-counting';

import { offlineResident, resident, setUpVote, VoteFixture } from './support/budget-fixtures';
import { createTestContext, outboxMails, signInAs, TestContext } from './support/test-app';

/** The whole flow after the vote opens: online, counter and paper ballots, count, review, publication, recount. */
describe('budget vote: from ballots to published, recountable results', () => {
  let ctx: TestContext;
  let fx: VoteFixture;
  const receipts: string[] = [];
  let counterReceipt = '';
  let results: ProcessResults;

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await setUpVote(ctx);
    // The city: P600 ×3, P500+P300 ×2 and P300 ×1 → MES and greedy disagree. A1: Q100 ×3, Q200 ×2.
    const city = [['P600'], ['P600'], ['P600'], ['P500', 'P300'], ['P500', 'P300'], ['P300']];
    for (const [i, picks] of city.entries()) {
      const voter = await resident(ctx, i < 3 ? fx.tree.quartierA1 : fx.tree.quartierA2);
      const res = await voter.post(`/api/processes/${fx.process.id}/ballots`).send({ budgetId: fx.city.id, projectIds: picks.map((t) => fx.projects[t]) }).expect(201);
      receipts.push((res.body as CastBallotResult).receiptCode);
      if (i < 3) {
        await voter.post(`/api/processes/${fx.process.id}/ballots`).send({ budgetId: fx.a1.id, projectIds: [fx.projects['Q100']] }).expect(201);
      }
    }
  });
  afterAll(() => ctx.close());

  it('records a counter ballot and tells staff only that it was recorded', async () => {
    const person = await offlineResident(ctx, fx.tree.quartierA1);
    const res = await fx.staff
      .post(`/api/processes/${fx.process.id}/counter/ballots`)
      .send({ channel: 'counter', email: person.email, budgetId: fx.a1.id, projectIds: [fx.projects['Q200']], emailReceipt: true })
      .expect(201);
    const body = res.body as CounterBallotResult;
    expect(body).toEqual({ status: 'recorded', message: { fr: 'Bulletin enregistré.', en: 'Ballot recorded.' }, receiptMailed: true });
    const [mail] = await outboxMails(ctx, person.email);
    counterReceipt = /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(mail.text)![0];
    const [entry] = await ctx.sql<{ channel: string; staff_id: string }>(`SELECT channel, staff_id FROM participations WHERE account_id = $1`, [person.id]);
    expect(entry).toEqual({ channel: 'counter', staff_id: fx.staff.account.id });
  });

  it('enters a paper ballot for a person identified in person by name and birth date', async () => {
    await fx.staff
      .post(`/api/processes/${fx.process.id}/counter/ballots`)
      .send({ channel: 'paper', lastName: 'Lefèvre', firstName: 'Anne', birthDate: '1950-02-03', quartierId: fx.tree.quartierA1, budgetId: fx.a1.id, projectIds: [fx.projects['Q200']] })
      .expect(201);
    const [entry] = await ctx.sql<{ channel: string; account_id: string | null }>(`SELECT channel, account_id FROM participations WHERE channel = 'paper'`);
    expect(entry).toEqual({ channel: 'paper', account_id: null });
  });

  it('refuses a second paper ballot for the same person, with a message for staff', async () => {
    const res = await fx.staff
      .post(`/api/processes/${fx.process.id}/counter/ballots`)
      .send({ channel: 'paper', lastName: 'LEFEVRE', firstName: 'anne', birthDate: '1950-02-03', quartierId: fx.tree.quartierA1, budgetId: fx.a1.id, projectIds: [fx.projects['Q100']] })
      .expect(409);
    expect(res.body.message.fr).toContain('Cette personne a déjà voté');
  });

  it('refuses a paper ballot for someone who already voted online', async () => {
    const voter = await resident(ctx, fx.tree.quartierA1);
    await voter.post(`/api/processes/${fx.process.id}/ballots`).send({ budgetId: fx.a1.id, projectIds: [fx.projects['Q300']] }).expect(201);
    const res = await fx.staff
      .post(`/api/processes/${fx.process.id}/counter/ballots`)
      .send({ channel: 'paper', email: voter.account.email, budgetId: fx.a1.id, projectIds: [fx.projects['Q100']] })
      .expect(409);
    expect(res.body.code).toBe('ALREADY_VOTED');
  });

  it('counts the register per day, quartier and channel for the dashboard', async () => {
    const stats = (await fx.official.get(`/api/processes/${fx.process.id}/participation`).expect(200)).body as ParticipationStats;
    expect(stats.total).toBe(6 + 3 + 1 + 1 + 1);
    expect(stats.perChannel).toEqual({ online: 10, counter: 1, paper: 1 });
    expect(stats.perDay).toHaveLength(1);
    expect(JSON.stringify(stats)).not.toContain(fx.projects['P600']);
  });

  it('keeps the results hidden from the public until published', async () => {
    const res = await fx.official.get(`/api/processes/${fx.process.id}/results`).expect(404);
    expect(res.body.code).toBe('RESULTS_NOT_PUBLISHED');
  });

  it('says a receipt is not found before publication', async () => {
    await fx.official.get(`/api/receipts/${receipts[0]}`).expect(404);
  });

  it('closes the vote and counts by the declared rule for staff to review', async () => {
    const draft = (await fx.staff.post(`/api/processes/${fx.process.id}/count`).expect(200)).body as ProcessResults;
    expect(draft.published).toBe(false);
    const city = draft.budgets.find((b) => b.budgetId === fx.city.id)!;
    expect(city.ballotCount).toBe(6);
    expect(city.greedyComparison).not.toBeNull();
    const [process] = await ctx.sql<{ phase: string }>(`SELECT phase FROM processes WHERE id = $1`, [fx.process.id]);
    expect(process.phase).toBe('results');
  });

  it('refuses ballots once the vote is closed', async () => {
    const voter = await resident(ctx, fx.tree.quartierA1);
    const res = await voter.post(`/api/processes/${fx.process.id}/ballots`).send({ budgetId: fx.city.id, projectIds: [fx.projects['P300']] }).expect(409);
    expect(res.body.code).toBe('VOTE_NOT_OPEN');
  });

  it('publishes the results with explanations, the greedy comparison and open-data files', async () => {
    results = (await fx.staff.post(`/api/processes/${fx.process.id}/results/publish`).expect(200)).body as ProcessResults;
    expect(results.published).toBe(true);
    const city = results.budgets.find((b) => b.budgetId === fx.city.id)!;
    expect(city.projects.filter((p) => p.funded).map((p) => p.title).sort()).toEqual(['P300', 'P600']);
    expect(city.projects.every((p) => p.explanation.fr.length > 10 && p.explanation.en.length > 10)).toBe(true);
    expect(city.projects.find((p) => p.title === 'P500')!.explanation.fr).toMatch(/^Non retenu/);
    const a1 = results.budgets.find((b) => b.budgetId === fx.a1.id)!;
    expect(a1.projects.find((p) => p.title === 'Q100')).toMatchObject({ votes: 3, funded: true });
    expect(results.files.map((f) => f.kind).sort()).toEqual(['pabulib', 'pabulib', 'projects-csv', 'results-csv']);
    // Six city voters (three of them also in A1), one more in A1, one at the counter, one on paper.
    expect(results.participants).toBe(9);
  });

  it('shows the published results to anyone', async () => {
    const res = await fx.official.get(`/api/processes/bp-2026/results`).expect(200);
    expect((res.body as ProcessResults).budgets).toHaveLength(2);
  });

  it('audits the count and the publication', async () => {
    const rows = await ctx.sql<{ action: string; actor_id: string }>(`SELECT action, actor_id FROM audit_entries WHERE action LIKE 'results.%' ORDER BY id`);
    expect(rows).toEqual([
      { action: 'results.count', actor_id: fx.staff.account.id },
      { action: 'results.publish', actor_id: fx.staff.account.id },
    ]);
  });

  it('serves each file with the SHA-256 shown on the page', async () => {
    for (const file of results.files) {
      const res = await fx.official.get(file.url).buffer(true).parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
      expect(createHash('sha256').update(res.body as Buffer).digest('hex')).toBe(file.sha256);
    }
  });

  it('publishes a Pabulib file that re-parses and recounts to the published outcome', async () => {
    const file = results.files.find((f) => f.kind === 'pabulib' && f.budgetId === fx.city.id)!;
    const res = await fx.official.get(file.url).expect(200);
    const instance = parsePabulib(res.text);
    expect(instance.votes.voterIds).toHaveLength(6);
    const recount = tally(instance, { rule: 'mes', sat: 'cost', completion: 'add1' });
    const city = results.budgets.find((b) => b.budgetId === fx.city.id)!;
    expect([...recount.selected].sort()).toEqual(city.projects.filter((p) => p.funded).map((p) => p.id).sort());
  });

  it('finds a ballot by its receipt after publication, with what it contains', async () => {
    const check = (await fx.official.get(`/api/receipts/${receipts[3].toLowerCase()}`).expect(200)).body as ReceiptCheck;
    expect(check.found).toBe(true);
    expect(check.projects.map((p) => p.title).sort()).toEqual(['P300', 'P500']);
    const file = results.files.find((f) => f.kind === 'pabulib' && f.budgetId === fx.city.id)!;
    const text = (await fx.official.get(file.url).expect(200)).text;
    expect(text).toContain(check.voterId);
  });

  it('finds a counter ballot by the receipt mailed to the resident', async () => {
    const check = (await fx.official.get(`/api/receipts/${counterReceipt}`).expect(200)).body as ReceiptCheck;
    expect(check.projects.map((p) => p.title)).toEqual(['Q200']);
  });

  it('answers an unknown receipt with a clear 404', async () => {
    const res = await fx.official.get('/api/receipts/AAAA-BBBB-CCCC').expect(404);
    expect(res.body.code).toBe('RECEIPT_NOT_FOUND');
  });

  it('refuses to publish twice', async () => {
    const res = await fx.staff.post(`/api/processes/${fx.process.id}/results/publish`).expect(409);
    expect(res.body.code).toBe('RESULTS_ALREADY_PUBLISHED');
  });

  it('refuses the count to a resident', async () => {
    const someone = await signInAs(ctx, 'citizen', fx.tree.communeA);
    await someone.post(`/api/processes/${fx.process.id}/count`).expect(403);
  });
});
