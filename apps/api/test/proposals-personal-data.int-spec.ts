import request from 'supertest';

import { insertProcess, proposalBody } from './support/proposal-fixtures';
import { insertSmallTree } from './support/territory-fixtures';
import { createTestContext, signedInAgent, TestContext } from './support/test-app';
import { downloadPersonalData } from './support/downloads';

describe('proposals: my data export and account deletion', () => {
  let ctx: TestContext;
  let processId: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    const tree = await insertSmallTree(ctx);
    processId = await insertProcess(ctx, tree.communeA);
  });
  afterAll(async () => ctx.close());

  const contribute = async () => {
    const person = await signedInAgent(ctx, { displayName: 'Alix Moreau' });
    const other = await signedInAgent(ctx);
    const mine = (
      await person
        .post(`/api/processes/${processId}/proposals`)
        .send(proposalBody({ title: 'Ma proposition' }))
        .expect(201)
    ).body.id;
    const draft = (
      await person
        .post(`/api/processes/${processId}/proposals`)
        .send(proposalBody({ title: 'Mon brouillon', draft: true }))
        .expect(201)
    ).body.id;
    const theirs = (
      await other
        .post(`/api/processes/${processId}/proposals`)
        .send(proposalBody({ title: 'Leur proposition' }))
        .expect(201)
    ).body.id;
    await person.put(`/api/proposals/${theirs}/support`).expect(200);
    const comment = (
      await person.post(`/api/proposals/${theirs}/comments`).send({ body: 'Mon avis' }).expect(201)
    ).body.id;
    await person
      .post(`/api/proposals/${theirs}/reports`)
      .send({ reason: 'Doublon de la mienne' })
      .expect(204);
    return { person, mine, draft, theirs, comment };
  };

  it('exports my proposals, comments, supports and reports', async () => {
    const { person, mine, draft, theirs, comment } = await contribute();
    const res = await downloadPersonalData(person);
    const section = res.body.other.proposals;
    expect(section.proposals.map((p: { id: string }) => p.id).sort()).toEqual([mine, draft].sort());
    expect(section.comments).toEqual([
      expect.objectContaining({ id: comment, proposalId: theirs, body: 'Mon avis' }),
    ]);
    expect(section.supports).toEqual([
      expect.objectContaining({ proposalId: theirs, title: 'Leur proposition' }),
    ]);
    expect(section.reports).toEqual([
      expect.objectContaining({ proposalId: theirs, reason: 'Doublon de la mienne' }),
    ]);
  });

  it('keeps public contributions, anonymised, when the account is deleted, and drops drafts', async () => {
    const { person, mine, draft, theirs, comment } = await contribute();
    await person.post('/api/me/delete').send({ password: person.account.password }).expect(200);
    const page = await request(ctx.app.getHttpServer()).get(`/api/proposals/${mine}`).expect(200);
    expect(page.body).toMatchObject({ title: 'Ma proposition', authorName: null });
    const theirsPage = await request(ctx.app.getHttpServer()).get(`/api/proposals/${theirs}`).expect(200);
    expect(theirsPage.body.supportsCount).toBe(1);
    expect(theirsPage.body.comments[0]).toMatchObject({ id: comment, body: 'Mon avis', authorName: null });
    const links = await ctx.sql(
      `SELECT 1 FROM proposals WHERE author_id = $1
       UNION ALL SELECT 1 FROM proposal_comments WHERE author_id = $1
       UNION ALL SELECT 1 FROM proposal_supports WHERE account_id = $1
       UNION ALL SELECT 1 FROM proposal_reports WHERE reporter_id = $1`,
      [person.account.id],
    );
    expect(links).toEqual([]);
    expect(await ctx.sql(`SELECT 1 FROM proposals WHERE id = $1`, [draft])).toEqual([]);
  });
});
