import request from 'supertest';

import { insertProcess, proposalBody, setPhase } from './support/proposal-fixtures';
import { insertSmallTree, SmallTree } from './support/territory-fixtures';
import { createTestContext, outboxMails, signedInAgent, signInAs, TestContext } from './support/test-app';

describe('proposals: moderation, assessment, merge', () => {
  let ctx: TestContext;
  let tree: SmallTree;
  let processId: string;
  let author: Awaited<ReturnType<typeof signedInAgent>>;
  let resident: Awaited<ReturnType<typeof signedInAgent>>;
  let staff: Awaited<ReturnType<typeof signInAs>>;

  beforeAll(async () => {
    ctx = await createTestContext();
    tree = await insertSmallTree(ctx);
    processId = await insertProcess(ctx, tree.communeA);
    author = await signedInAgent(ctx, { displayName: 'Camille Martin' });
    resident = await signedInAgent(ctx, { displayName: 'Dominique Petit' });
    staff = await signInAs(ctx, 'staff', tree.communeA);
  });
  afterAll(async () => ctx.close());

  const submit = async (overrides: Record<string, unknown> = {}, as = author) =>
    (await as.post(`/api/processes/${processId}/proposals`).send(proposalBody(overrides)).expect(201)).body
      .id as string;
  const audits = (action: string, objectId: string) =>
    ctx.sql<{ actor_id: string; territory_id: string; after: Record<string, unknown> }>(
      `SELECT actor_id, territory_id, after FROM audit_entries WHERE action = $1 AND object_id = $2`,
      [action, objectId],
    );

  it('runs the whole flow: submit → support → comment → report → hide → assess → merge → the author’s mails', async () => {
    const original = await submit({ title: 'Des bancs au bord du canal' });
    const duplicate = await submit({ title: 'Plus de bancs le long du canal' }, resident);
    await resident.put(`/api/proposals/${original}/support`).expect(200);
    const both = await signedInAgent(ctx);
    await both.put(`/api/proposals/${original}/support`).expect(200);
    await both.put(`/api/proposals/${duplicate}/support`).expect(200);
    const only = await signedInAgent(ctx);
    await only.put(`/api/proposals/${duplicate}/support`).expect(200);
    const comment = await only
      .post(`/api/proposals/${duplicate}/comments`)
      .send({ body: 'Des bancs, vite, bande de nuls' })
      .expect(201);
    await resident
      .post(`/api/proposals/comments/${comment.body.id}/reports`)
      .send({ reason: 'Insulte' })
      .expect(204);

    const reports = await staff.get(`/api/processes/${processId}/proposal-reports`).expect(200);
    expect(reports.body).toEqual([
      expect.objectContaining({
        target: 'comment',
        commentId: comment.body.id,
        reason: 'Insulte',
        hidden: false,
      }),
    ]);
    await staff
      .post(`/api/proposals/comments/${comment.body.id}/hide`)
      .send({ reason: 'propos injurieux' })
      .expect(204);
    expect((await staff.get(`/api/processes/${processId}/proposal-reports`).expect(200)).body).toEqual([]);

    await setPhase(ctx, processId, 'assessment');
    const assessed = await staff
      .post(`/api/proposals/${original}/assessment`)
      .send({ feasible: true, reason: 'Compatible avec le plan de voirie.', finalCostCents: 1_800_000 })
      .expect(200);
    expect(assessed.body).toMatchObject({
      status: 'feasible',
      finalCostCents: 1_800_000,
      assessment: { feasible: true, reason: 'Compatible avec le plan de voirie.' },
    });

    const merged = await staff
      .post(`/api/proposals/${duplicate}/merge`)
      .send({ intoId: original })
      .expect(200);
    expect(merged.body).toMatchObject({
      status: 'merged',
      mergedInto: { id: original, title: 'Des bancs au bord du canal' },
    });
    const target = await request(ctx.app.getHttpServer()).get(`/api/proposals/${original}`).expect(200);
    // resident + both + only: the person who supported both counts once.
    expect(target.body.supportsCount).toBe(3);
    expect(target.body.mergedFrom).toEqual([{ id: duplicate, title: 'Plus de bancs le long du canal' }]);
    expect(target.body.comments[0]).toMatchObject({
      hidden: true,
      body: 'Commentaire masqué par la modération : propos injurieux',
      authorName: null,
    });
    expect((await audits('proposal.merge', duplicate))[0]).toMatchObject({
      actor_id: staff.account.id,
      // One supporter was new to the original; the other had supported both.
      after: { mergedIntoId: original, supportsCarried: 1, commentsMoved: 1 },
    });
    expect(await audits('proposal.comment.hide', comment.body.id)).toHaveLength(1);
    expect(await audits('proposal.assess', original)).toHaveLength(1);

    const authorMails = await outboxMails(ctx, author.account.email);
    expect(authorMails[0].subject).toBe('Votre proposition a été analysée / Your proposal has been assessed');
    expect(authorMails[0].text).toMatch(
      /jugée faisable[\s\S]*English version below[\s\S]*assessed as feasible/,
    );
    const residentMails = await outboxMails(ctx, resident.account.email);
    expect(residentMails[0].subject).toContain('fusionnée');
  });

  describe('moderation', () => {
    let id: string;
    beforeAll(async () => {
      await setPhase(ctx, processId, 'proposals');
      id = await submit({ title: 'Une annonce commerciale' });
    });

    it('hides a proposal with a public reason, withholding its text, and unhides it', async () => {
      await staff.post(`/api/proposals/${id}/hide`).send({ reason: 'publicité' }).expect(204);
      const [mail] = await outboxMails(ctx, author.account.email);
      expect(mail.subject).toBe('Votre proposition a été masquée / Your proposal has been hidden');
      expect(mail.text).toContain('Motif : publicité');
      const page = await request(ctx.app.getHttpServer()).get(`/api/proposals/${id}`).expect(200);
      expect(page.body).toMatchObject({
        hidden: { reason: 'publicité' },
        title: 'Proposition masquée par la modération',
        description: '',
      });
      const list = await request(ctx.app.getHttpServer())
        .get(`/api/processes/${processId}/proposals?pageSize=100`)
        .expect(200);
      expect(list.body.items.map((p: { id: string }) => p.id)).not.toContain(id);
      await staff.post(`/api/proposals/${id}/hide`).send({ reason: 'encore' }).expect(409);
      await staff.post(`/api/proposals/${id}/unhide`).expect(204);
      expect(
        (await request(ctx.app.getHttpServer()).get(`/api/proposals/${id}`).expect(200)).body.hidden,
      ).toBeNull();
      expect(await audits('proposal.hide', id)).toHaveLength(1);
      expect(await audits('proposal.unhide', id)).toHaveLength(1);
    });

    it('refuses staff of another territory, and residents, leaving the proposal as it was', async () => {
      const elsewhere = await signInAs(ctx, 'staff', tree.communeB);
      const res = await elsewhere
        .post(`/api/proposals/${id}/hide`)
        .send({ reason: 'hors territoire' })
        .expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
      await resident.post(`/api/proposals/${id}/hide`).send({ reason: 'je n’aime pas' }).expect(403);
      const [row] = await ctx.sql<{ hidden_at: Date | null }>(
        `SELECT hidden_at FROM proposals WHERE id = $1`,
        [id],
      );
      expect(row.hidden_at).toBeNull();
    });

    it('lets a quartier’s staff moderate its quartier but not a city-wide proposal', async () => {
      const quartierStaff = await signInAs(ctx, 'staff', tree.quartierA1);
      const local = await submit({ title: 'Un banc rue Haute', quartierId: tree.quartierA1 });
      await quartierStaff
        .post(`/api/proposals/${local}/hide`)
        .send({ reason: 'doublon évident' })
        .expect(204);
      await quartierStaff.post(`/api/proposals/${id}/hide`).send({ reason: 'doublon évident' }).expect(403);
    });
  });

  describe('assessment', () => {
    it('asks for the final cost of a feasible budget proposal', async () => {
      const id = await submit({ title: 'Un kiosque à musique' });
      const res = await staff
        .post(`/api/proposals/${id}/assessment`)
        .send({ feasible: true, reason: 'Faisable' })
        .expect(400);
      expect(res.body.code).toBe('FINAL_COST_REQUIRED');
      expect(
        (await ctx.sql(`SELECT 1 FROM proposals WHERE id = $1 AND assessed_at IS NOT NULL`, [id])).length,
      ).toBe(0);
    });

    it('records a not-feasible assessment with its public reason and mails the author', async () => {
      const id = await submit({ title: 'Un téléphérique' });
      const res = await staff
        .post(`/api/proposals/${id}/assessment`)
        .send({ feasible: false, reason: 'Hors compétence communale.' })
        .expect(200);
      expect(res.body).toMatchObject({
        status: 'notFeasible',
        assessment: { feasible: false, reason: 'Hors compétence communale.', finalCostCents: null },
      });
      const [mail] = await outboxMails(ctx, author.account.email);
      expect(mail.text).toContain('Hors compétence communale.');
      expect(mail.text).toContain('not feasible');
    });

    it('refuses to assess once the assessment phase is over', async () => {
      const id = await submit({ title: 'Un jardin partagé' });
      await setPhase(ctx, processId, 'vote');
      const res = await staff
        .post(`/api/proposals/${id}/assessment`)
        .send({ feasible: false, reason: 'Trop tard' })
        .expect(409);
      expect(res.body.code).toBe('ASSESSMENT_CLOSED');
      await setPhase(ctx, processId, 'proposals');
    });

    it('refuses to merge a proposal into itself or into another process’s', async () => {
      const id = await submit({ title: 'Une fontaine' });
      await staff.post(`/api/proposals/${id}/merge`).send({ intoId: id }).expect(400);
      const otherProcess = await insertProcess(ctx, tree.communeA);
      const foreign = (
        await author.post(`/api/processes/${otherProcess}/proposals`).send(proposalBody()).expect(201)
      ).body.id;
      const res = await staff.post(`/api/proposals/${id}/merge`).send({ intoId: foreign }).expect(400);
      expect(res.body.code).toBe('MERGE_OTHER_PROCESS');
      expect(
        (await ctx.sql(`SELECT 1 FROM proposals WHERE id = $1 AND status = 'merged'`, [id])).length,
      ).toBe(0);
    });
  });

  describe('idea boxes', () => {
    it('publishes the staff’s answer on the idea and mails the author', async () => {
      const ideas = await insertProcess(ctx, tree.communeA, { kind: 'ideas' });
      const idea = (
        await author
          .post(`/api/processes/${ideas}/proposals`)
          .send(proposalBody({ kind: 'idea', title: 'Une boîte à livres' }))
          .expect(201)
      ).body.id;
      const res = await staff
        .post(`/api/proposals/${idea}/answer`)
        .send({ answer: 'studied', reason: 'Les services étudient deux emplacements.' })
        .expect(200);
      expect(res.body.answer).toMatchObject({
        answer: 'studied',
        reason: 'Les services étudient deux emplacements.',
      });
      const [mail] = await outboxMails(ctx, author.account.email);
      expect(mail.subject).toBe('Réponse à votre idée / An answer to your idea');
      expect(await audits('proposal.answer', idea)).toHaveLength(1);
      await staff.post(`/api/proposals/${idea}/answer`).send({ answer: 'maybe', reason: 'x' }).expect(400);
    });
  });
});
