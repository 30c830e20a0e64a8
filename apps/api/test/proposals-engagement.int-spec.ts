import { firstValueFrom, take, timeout } from 'rxjs';
import request from 'supertest';

import { LiveUpdatesService } from '../src/live/live-updates.service';
import { proposalsTopic } from '../src/proposals/proposal-live.publisher';

import { countRows, insertProcess, proposalBody, setPhase } from './support/proposal-fixtures';
import { insertSmallTree, SmallTree } from './support/territory-fixtures';
import { agent, createTestContext, signedInAgent, TestContext } from './support/test-app';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('proposals: supports, comments, reports', () => {
  let ctx: TestContext;
  let tree: SmallTree;
  let processId: string;
  let author: Awaited<ReturnType<typeof signedInAgent>>;
  let resident: Awaited<ReturnType<typeof signedInAgent>>;
  let proposalId: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    tree = await insertSmallTree(ctx);
    processId = await insertProcess(ctx, tree.communeA);
    author = await signedInAgent(ctx, { displayName: 'Camille Martin' });
    resident = await signedInAgent(ctx, { displayName: 'Dominique Petit' });
    proposalId = (await author.post(`/api/processes/${processId}/proposals`).send(proposalBody()).expect(201))
      .body.id;
  });
  afterAll(async () => ctx.close());

  describe('supports', () => {
    it('counts one support per person, however many times they click', async () => {
      const clicks = await Promise.all(
        Array.from({ length: 10 }, () => resident.put(`/api/proposals/${proposalId}/support`)),
      );
      expect(clicks.every((res) => res.status === 200)).toBe(true);
      const [{ n }] = await ctx.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM proposal_supports WHERE proposal_id = $1`,
        [proposalId],
      );
      expect(n).toBe(1);
      const page = await resident.get(`/api/proposals/${proposalId}`).expect(200);
      expect(page.body).toMatchObject({ supportsCount: 1, supportedByMe: true });
    });

    it('lets the supporter take their support back', async () => {
      const res = await resident.delete(`/api/proposals/${proposalId}/support`).expect(200);
      expect(res.body).toEqual({ supportsCount: 0, supportedByMe: false });
      await resident.put(`/api/proposals/${proposalId}/support`).expect(200);
    });

    it('refuses a support outside the proposals phase, saving nothing', async () => {
      const latecomer = await signedInAgent(ctx);
      await setPhase(ctx, processId, 'assessment');
      const before = await countRows(ctx, 'proposal_supports');
      const res = await latecomer.put(`/api/proposals/${proposalId}/support`).expect(409);
      expect(res.body.code).toBe('NOT_PROPOSALS_PHASE');
      expect(await countRows(ctx, 'proposal_supports')).toBe(before);
      await setPhase(ctx, processId, 'proposals');
    });

    it('answers a support of an unknown proposal with a 404, and anonymous visitors with a 401', async () => {
      await resident.put(`/api/proposals/${UNKNOWN_ID}/support`).expect(404);
      await agent(ctx.app).put(`/api/proposals/${proposalId}/support`).expect(401);
    });

    it('announces the new count to live listeners once the support is stored', async () => {
      const fan = await signedInAgent(ctx);
      const event = firstValueFrom(
        ctx.app.get(LiveUpdatesService).stream(proposalsTopic(processId)).pipe(take(1), timeout(5000)),
      );
      const res = await fan.put(`/api/proposals/${proposalId}/support`).expect(200);
      await expect(event).resolves.toEqual({
        topic: proposalsTopic(processId),
        data: { proposalId, change: 'supports', supportsCount: res.body.supportsCount },
      });
      await fan.delete(`/api/proposals/${proposalId}/support`).expect(200);
    });

    it('refuses a support on a draft as if it did not exist', async () => {
      const draft = await author
        .post(`/api/processes/${processId}/proposals`)
        .send(proposalBody({ draft: true }))
        .expect(201);
      await resident.put(`/api/proposals/${draft.body.id}/support`).expect(404);
    });
  });

  describe('comments', () => {
    it('threads replies up to three levels and refuses a fourth', async () => {
      const root = await resident
        .post(`/api/proposals/${proposalId}/comments`)
        .send({ body: 'Bonne idée !' })
        .expect(201);
      expect(root.body).toMatchObject({ depth: 0, authorName: 'Dominique Petit', mine: true });
      const reply = await author
        .post(`/api/proposals/${proposalId}/comments`)
        .send({ body: 'Merci', parentId: root.body.id })
        .expect(201);
      const deep = await resident
        .post(`/api/proposals/${proposalId}/comments`)
        .send({ body: 'De rien', parentId: reply.body.id })
        .expect(201);
      expect(deep.body.depth).toBe(2);
      const before = await countRows(ctx, 'proposal_comments');
      const res = await author
        .post(`/api/proposals/${proposalId}/comments`)
        .send({ body: 'Encore', parentId: deep.body.id })
        .expect(400);
      expect(res.body.code).toBe('COMMENT_TOO_DEEP');
      expect(await countRows(ctx, 'proposal_comments')).toBe(before);
      const page = await request(ctx.app.getHttpServer()).get(`/api/proposals/${proposalId}`).expect(200);
      expect(page.body.comments[0].replies[0].replies[0].body).toBe('De rien');
      expect(page.body.commentsCount).toBe(3);
    });

    it('refuses a reply to a comment of another proposal', async () => {
      const other = (
        await author
          .post(`/api/processes/${processId}/proposals`)
          .send(proposalBody({ title: 'Un autre projet' }))
          .expect(201)
      ).body.id;
      const foreign = await resident
        .post(`/api/proposals/${other}/comments`)
        .send({ body: 'Ailleurs' })
        .expect(201);
      const res = await resident
        .post(`/api/proposals/${proposalId}/comments`)
        .send({ body: 'Ici', parentId: foreign.body.id })
        .expect(400);
      expect(res.body.code).toBe('PARENT_NOT_IN_PROPOSAL');
    });

    it('refuses an empty comment', async () => {
      const res = await resident.post(`/api/proposals/${proposalId}/comments`).send({ body: '' }).expect(400);
      expect(res.body.fields[0].field).toBe('body');
    });

    it('stops a flood of comments from one account with a 429', async () => {
      const flooder = await signedInAgent(ctx);
      // The limit counts per fixed window: 60 comments pass, the 61st is refused, unless the run
      // straddles two windows, in which case the refusal comes at most 60 comments later.
      let accepted = 0;
      let refused: request.Response | null = null;
      while (!refused && accepted <= 120) {
        const res = await flooder
          .post(`/api/proposals/${proposalId}/comments`)
          .send({ body: `message ${accepted}` });
        if (res.status === 201) accepted++;
        else refused = res;
      }
      expect(accepted).toBeGreaterThanOrEqual(60);
      expect(refused?.status).toBe(429);
      expect(refused?.body.code).toBe('TOO_MANY_ATTEMPTS');
    });

    it('closes comments with the process', async () => {
      await setPhase(ctx, processId, 'closed');
      const res = await resident
        .post(`/api/proposals/${proposalId}/comments`)
        .send({ body: 'Trop tard' })
        .expect(409);
      expect(res.body.code).toBe('COMMENTS_CLOSED');
      await setPhase(ctx, processId, 'proposals');
    });
  });

  describe('reports', () => {
    it('takes one report per person per proposal', async () => {
      await resident
        .post(`/api/proposals/${proposalId}/reports`)
        .send({ reason: 'Publicité déguisée' })
        .expect(204);
      const res = await resident
        .post(`/api/proposals/${proposalId}/reports`)
        .send({ reason: 'Encore' })
        .expect(409);
      expect(res.body.code).toBe('ALREADY_REPORTED');
      const [{ n }] = await ctx.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM proposal_reports WHERE proposal_id = $1`,
        [proposalId],
      );
      expect(n).toBe(1);
    });

    it('takes one report per person per comment', async () => {
      const comment = await author
        .post(`/api/proposals/${proposalId}/comments`)
        .send({ body: 'Un commentaire limite' })
        .expect(201);
      await resident
        .post(`/api/proposals/comments/${comment.body.id}/reports`)
        .send({ reason: 'Propos blessants' })
        .expect(204);
      await resident
        .post(`/api/proposals/comments/${comment.body.id}/reports`)
        .send({ reason: 'Propos blessants' })
        .expect(409);
      await resident
        .post(`/api/proposals/comments/${UNKNOWN_ID}/reports`)
        .send({ reason: 'Propos blessants' })
        .expect(404);
    });

    it('asks for a reason', async () => {
      const res = await author.post(`/api/proposals/${proposalId}/reports`).send({}).expect(400);
      expect(res.body.fields[0].field).toBe('reason');
    });
  });
});
