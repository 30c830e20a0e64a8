import request from 'supertest';

import { countRows, insertProcess, proposalBody, setPhase } from './support/proposal-fixtures';
import { insertSmallTree, SmallTree } from './support/territory-fixtures';
import { agent, createTestContext, signedInAgent, TestContext } from './support/test-app';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('proposals: submitting, editing, phases', () => {
  let ctx: TestContext;
  let tree: SmallTree;
  let processId: string;
  let author: Awaited<ReturnType<typeof signedInAgent>>;

  beforeAll(async () => {
    ctx = await createTestContext();
    tree = await insertSmallTree(ctx);
    processId = await insertProcess(ctx, tree.communeA);
    author = await signedInAgent(ctx, { displayName: 'Camille Martin' });
  });
  afterAll(async () => ctx.close());

  const submit = (body: Record<string, unknown>, to = processId, as = author) =>
    as.post(`/api/processes/${to}/proposals`).send(body);

  describe('submitting', () => {
    it('publishes a proposal in a quartier with a point and an address, and lists it', async () => {
      const res = await submit(
        proposalBody({ quartierId: tree.quartierA1, lat: 3, lng: 3, address: '3 quai du Canal' }),
      ).expect(201);
      expect(res.body).toMatchObject({
        status: 'published',
        territoryId: tree.quartierA1,
        territoryName: 'Quartier A1',
        cityWide: false,
        location: { lat: 3, lng: 3 },
        address: '3 quai du Canal',
        noPrecisePlace: false,
        authorName: 'Camille Martin',
        mine: true,
        canEdit: true,
        supportsCount: 0,
      });
      const list = await request(ctx.app.getHttpServer())
        .get(`/api/processes/${processId}/proposals`)
        .expect(200);
      expect(list.body.items.map((p: { id: string }) => p.id)).toContain(res.body.id);
    });

    it('files a city-wide proposal with no precise place under the process’s own territory', async () => {
      const res = await submit(proposalBody({ title: 'Un festival des quartiers' })).expect(201);
      expect(res.body).toMatchObject({
        territoryId: tree.communeA,
        cityWide: true,
        location: null,
        address: null,
        noPrecisePlace: true,
      });
    });

    it('keeps a draft private to its author until it is published', async () => {
      const draft = await submit(
        proposalBody({ title: 'Un brouillon de jardin partagé', draft: true }),
      ).expect(201);
      expect(draft.body.status).toBe('draft');
      await request(ctx.app.getHttpServer()).get(`/api/proposals/${draft.body.id}`).expect(404);
      const other = await signedInAgent(ctx);
      await other.get(`/api/proposals/${draft.body.id}`).expect(404);
      await author.get(`/api/proposals/${draft.body.id}`).expect(200);
      const mine = await author.get(`/api/processes/${processId}/proposals/mine`).expect(200);
      expect(mine.body[0]).toMatchObject({ id: draft.body.id, status: 'draft' });
      expect((await other.get(`/api/processes/${processId}/proposals/mine`).expect(200)).body).toEqual([]);
      const published = await author.post(`/api/proposals/${draft.body.id}/publish`).expect(200);
      expect(published.body.status).toBe('published');
      await request(ctx.app.getHttpServer()).get(`/api/proposals/${draft.body.id}`).expect(200);
    });

    it('sanitises a rich-text description', async () => {
      const res = await submit(
        proposalBody({
          description: '<p>Des <strong>arbres</strong> partout</p><script>alert(1)</script>',
          descriptionFormat: 'html',
        }),
      ).expect(201);
      expect(res.body.description).toBe('<p>Des <strong>arbres</strong> partout</p>');
      expect(res.body.excerpt).toBe('Des arbres partout');
    });

    it('asks anonymous visitors to sign in', async () => {
      await agent(ctx.app).post(`/api/processes/${processId}/proposals`).send(proposalBody()).expect(401);
    });
  });

  describe('refusing bad input, saving nothing', () => {
    const refused = async (body: Record<string, unknown>, status: number, code: string, to = processId) => {
      const before = await countRows(ctx, 'proposals');
      const res = await submit(body, to).expect(status);
      expect(res.body).toMatchObject({ code, message: { fr: expect.any(String), en: expect.any(String) } });
      expect(await countRows(ctx, 'proposals')).toBe(before);
      return res;
    };

    it('answers an unknown process with a 404', () =>
      refused(proposalBody(), 404, 'PROCESS_NOT_FOUND', UNKNOWN_ID));

    it('answers a malformed process id with a 400', () =>
      refused(proposalBody(), 400, 'INVALID_ID', 'not-a-uuid'));

    it('refuses a malformed body field by field', async () => {
      const res = await refused(
        proposalBody({ title: 'x', estimatedCostCents: -5, lat: 200 }),
        400,
        'VALIDATION_FAILED',
      );
      expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
        'estimatedCostCents',
        'lat',
        'title',
      ]);
    });

    it('refuses a quartier of another commune', () =>
      refused(proposalBody({ quartierId: tree.communeB }), 400, 'WRONG_QUARTIER'));

    it('refuses an unknown quartier', () =>
      refused(proposalBody({ quartierId: UNKNOWN_ID }), 400, 'WRONG_QUARTIER'));

    it('refuses a point outside the chosen quartier (in its hole)', () =>
      refused(
        proposalBody({ quartierId: tree.quartierA1, lat: 1.5, lng: 1.5 }),
        400,
        'POINT_OUTSIDE_TERRITORY',
      ));

    it('refuses a city-wide point outside the commune', () =>
      refused(proposalBody({ lat: 3, lng: 7 }), 400, 'POINT_OUTSIDE_TERRITORY'));

    it('refuses half a point', () => refused(proposalBody({ lat: 3 }), 400, 'INCOMPLETE_LOCATION'));

    it('refuses an idea in a budget process', () =>
      refused(proposalBody({ kind: 'idea' }), 400, 'PROPOSAL_KIND_NOT_ALLOWED'));

    it('refuses a description that is only formatting', () =>
      refused(
        proposalBody({ description: '<p><img src="x.png"></p><p></p>', descriptionFormat: 'html' }),
        400,
        'EMPTY_DESCRIPTION',
      ));

    it('refuses a proposal outside the proposals phase with a 409', async () => {
      const closed = await insertProcess(ctx, tree.communeA, { phase: 'vote' });
      const res = await refused(proposalBody(), 409, 'NOT_PROPOSALS_PHASE', closed);
      expect(res.body.message.fr).toContain('dépôt des propositions');
    });
  });

  describe('shop wishes in an idea box', () => {
    let ideas: string;
    beforeAll(async () => {
      ideas = await insertProcess(ctx, tree.communeA, {
        kind: 'ideas',
        title: 'Quels commerces pour le centre ?',
      });
    });

    it('records a shop wish with its shop type', async () => {
      const res = await submit(
        proposalBody({ kind: 'shop', shopType: 'bakery', title: 'Une boulangerie place du marché' }),
        ideas,
      ).expect(201);
      expect(res.body).toMatchObject({ kind: 'shop', shopType: 'bakery' });
    });

    it('asks for the shop type of a shop wish', async () => {
      const res = await submit(proposalBody({ kind: 'shop', title: 'Un commerce' }), ideas).expect(400);
      expect(res.body.code).toBe('SHOP_TYPE_REQUIRED');
    });

    it('refuses a shop type on an idea', async () => {
      const res = await submit(proposalBody({ kind: 'idea', shopType: 'cafe' }), ideas).expect(400);
      expect(res.body.code).toBe('SHOP_TYPE_UNEXPECTED');
    });
  });

  describe('editing and withdrawing', () => {
    let id: string;
    beforeEach(async () => {
      await setPhase(ctx, processId, 'proposals');
      id = (await submit(proposalBody({ title: 'Une piste cyclable rue Verte' })).expect(201)).body.id;
    });

    it('lets the author edit, move it to a quartier, and clear the estimate', async () => {
      const res = await author
        .patch(`/api/proposals/${id}`)
        .send({
          title: 'Une piste cyclable protégée rue Verte',
          quartierId: tree.quartierA2,
          lat: 7,
          lng: 2,
          estimatedCostCents: null,
        })
        .expect(200);
      expect(res.body).toMatchObject({
        title: 'Une piste cyclable protégée rue Verte',
        territoryId: tree.quartierA2,
        location: { lat: 7, lng: 2 },
        estimatedCostCents: null,
      });
    });

    it('refuses an edit that would put the point outside the new quartier, and keeps the proposal as it was', async () => {
      const res = await author
        .patch(`/api/proposals/${id}`)
        .send({ quartierId: tree.quartierA1, lat: 7, lng: 2 })
        .expect(400);
      expect(res.body.code).toBe('POINT_OUTSIDE_TERRITORY');
      const [row] = await ctx.sql<{ territory_id: string; lat: number | null }>(
        `SELECT territory_id, lat FROM proposals WHERE id = $1`,
        [id],
      );
      expect(row).toEqual({ territory_id: tree.communeA, lat: null });
    });

    it('refuses an edit by someone else', async () => {
      const other = await signedInAgent(ctx);
      const res = await other.patch(`/api/proposals/${id}`).send({ title: 'Détournée' }).expect(403);
      expect(res.body.code).toBe('NOT_AUTHOR');
    });

    it('refuses an edit once the proposals phase has ended', async () => {
      await setPhase(ctx, processId, 'assessment');
      const res = await author.patch(`/api/proposals/${id}`).send({ title: 'Trop tard' }).expect(409);
      expect(res.body.code).toBe('NOT_PROPOSALS_PHASE');
      const detail = await author.get(`/api/proposals/${id}`).expect(200);
      expect(detail.body.canEdit).toBe(false);
    });

    it('lets the author withdraw; it leaves the default list', async () => {
      const res = await author.post(`/api/proposals/${id}/withdraw`).expect(200);
      expect(res.body.status).toBe('withdrawn');
      const list = await request(ctx.app.getHttpServer())
        .get(`/api/processes/${processId}/proposals?pageSize=100`)
        .expect(200);
      expect(list.body.items.map((p: { id: string }) => p.id)).not.toContain(id);
      await author.patch(`/api/proposals/${id}`).send({ title: 'Revenue' }).expect(409);
    });

    it('answers an unknown proposal with a 404 and a malformed id with a 400', async () => {
      await author.patch(`/api/proposals/${UNKNOWN_ID}`).send({ title: 'Rien' }).expect(404);
      await request(ctx.app.getHttpServer()).get('/api/proposals/42').expect(400);
    });
  });
});
