import { firstValueFrom, take, timeout } from 'rxjs';
import request from 'supertest';

import { LiveUpdatesService } from '../src/live/live-updates.service';
import { proposalsTopic } from '../src/proposals/proposal-live.publisher';
import { insertProcess, proposalBody } from './support/proposal-fixtures';
import { insertSmallTree, SmallTree } from './support/territory-fixtures';
import { createTestContext, outboxMails, signedInAgent, signInAs, TestContext } from './support/test-app';

const DAY = 24 * 3600 * 1000;
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);

describe('idea boxes: opening, answers, shop demand, open data, conversion', () => {
  let ctx: TestContext;
  let tree: SmallTree;
  let official: Awaited<ReturnType<typeof signInAs>>;
  let staff: Awaited<ReturnType<typeof signInAs>>;
  let author: Awaited<ReturnType<typeof signedInAgent>>;
  let boxId: string;
  const get = (path: string) => request(ctx.app.getHttpServer()).get(path);
  const count = async (sql: string, params: unknown[] = []) => (await ctx.sql<{ n: number }>(sql, params))[0].n;
  const boxBody = (overrides: Record<string, unknown> = {}) => ({
    territoryId: tree.communeA,
    slug: 'quels-commerces',
    title: 'Quels commerces pour le centre-ville ?',
    theme: 'Implantation de commerces au centre-ville',
    categories: ['Commerces', 'Aménagements', 'Espaces verts'],
    opensAt: new Date(Date.now() - DAY).toISOString(),
    closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
    ...overrides,
  });
  const submit = async (overrides: Record<string, unknown>, as = author) =>
    (await as.post(`/api/processes/${boxId}/proposals`).send(proposalBody({ kind: 'idea', category: 'Aménagements', estimatedCostCents: undefined, ...overrides })).expect(201)).body
      .id as string;

  beforeAll(async () => {
    ctx = await createTestContext();
    tree = await insertSmallTree(ctx);
    official = await signInAs(ctx, 'official', tree.communeA);
    staff = await signInAs(ctx, 'staff', tree.communeA);
    author = await signedInAgent(ctx, { displayName: 'Camille Martin', email: 'camille@example.fr' });
    const res = await official.post('/api/idea-boxes').send(boxBody()).expect(201);
    boxId = res.body.id;
  });
  afterAll(async () => ctx.close());

  describe('opening an idea box', () => {
    it('opens at once when its date has come, with its theme, categories and dates, audited', async () => {
      const res = await get(`/api/idea-boxes/quels-commerces`).expect(200);
      expect(res.body).toMatchObject({
        id: boxId,
        phase: 'proposals',
        theme: 'Implantation de commerces au centre-ville',
        categories: ['Commerces', 'Aménagements', 'Espaces verts'],
        quartiers: expect.arrayContaining([expect.objectContaining({ id: tree.quartierA1, name: 'Quartier A1', boundary: expect.any(Object) })]),
      });
      expect(res.body.closesAt).toEqual(expect.any(String));
      expect(await count(`SELECT count(*)::int AS n FROM audit_entries WHERE action = 'ideaBox.create' AND object_id = $1`, [boxId])).toBe(1);
      const list = await get('/api/idea-boxes').expect(200);
      expect(list.body.map((b: { id: string }) => b.id)).toContain(boxId);
    });

    it('keeps a box opening later as a draft, hidden from the public but shown to the team', async () => {
      const res = await official
        .post('/api/idea-boxes')
        .send(boxBody({ slug: 'plus-tard', opensAt: new Date(Date.now() + 5 * DAY).toISOString() }))
        .expect(201);
      expect(res.body.phase).toBe('draft');
      await get('/api/idea-boxes/plus-tard').expect(404);
      await official.get('/api/idea-boxes/plus-tard').expect(200);
    });

    it.each([
      ['closing before opening', { slug: 'a1', closesAt: new Date(Date.now() - 2 * DAY).toISOString() }, 400, 'IDEA_BOX_DATES'],
      ['closing in the past', { slug: 'a2', opensAt: new Date(Date.now() - 9 * DAY).toISOString(), closesAt: new Date(Date.now() - DAY).toISOString() }, 400, 'IDEA_BOX_CLOSED_ALREADY'],
      ['a quartier', { slug: 'a3', territoryId: undefined }, 400, 'PROCESS_TERRITORY_KIND'],
      ['no category', { slug: 'a4', categories: [] }, 400, undefined],
      ['the same category twice', { slug: 'a5', categories: ['Commerces', 'commerces '] }, 400, undefined],
      ['a blank category', { slug: 'a6', categories: ['Commerces', '   '] }, 400, 'IDEA_BOX_BLANK_CATEGORY'],
      ['a taken slug', { slug: 'quels-commerces' }, 409, 'PROCESS_SLUG_TAKEN'],
      ['a bad date', { slug: 'a7', opensAt: 'demain' }, 400, undefined],
    ])('refuses %s with a clear message and saves nothing', async (_name, overrides, status, code) => {
      const before = await count(`SELECT count(*)::int AS n FROM processes`);
      const body = boxBody(overrides);
      if ('territoryId' in overrides) body.territoryId = tree.quartierA1;
      const official2 = await signInAs(ctx, 'official', tree.metropole);
      const res = await official2.post('/api/idea-boxes').send(body).expect(status);
      expect(res.body.message).toEqual({ fr: expect.any(String), en: expect.any(String) });
      if (code) expect(res.body.code).toBe(code);
      expect(await count(`SELECT count(*)::int AS n FROM processes`)).toBe(before);
    });

    it('lets only officials and admins of the commune open one', async () => {
      await staff.post('/api/idea-boxes').send(boxBody({ slug: 'par-agent' })).expect(403);
      await author.post('/api/idea-boxes').send(boxBody({ slug: 'par-habitant' })).expect(403);
      const elsewhere = await signInAs(ctx, 'official', tree.communeB);
      await elsewhere.post('/api/idea-boxes').send(boxBody({ slug: 'ailleurs' })).expect(403);
      await request(ctx.app.getHttpServer()).post('/api/idea-boxes').send(boxBody({ slug: 'anonyme' })).expect(403);
    });

    it('changes the theme and categories (owners only, audited)', async () => {
      const other = (await official.post('/api/idea-boxes').send(boxBody({ slug: 'a-modifier' })).expect(201)).body.id;
      await staff.patch(`/api/idea-boxes/${other}`).send({ theme: 'Autre' }).expect(403);
      const res = await official
        .patch(`/api/idea-boxes/${other}`)
        .send({ theme: 'Le parc du Moulin', categories: ['Jeux', 'Bancs'] })
        .expect(200);
      expect(res.body).toMatchObject({ theme: 'Le parc du Moulin', categories: ['Jeux', 'Bancs'] });
      expect(await count(`SELECT count(*)::int AS n FROM audit_entries WHERE action = 'ideaBox.update' AND object_id = $1`, [other])).toBe(1);
    });

    it('answers 404 for an unknown box, and for a process that is not an idea box', async () => {
      const res = await get('/api/idea-boxes/inconnue').expect(404);
      expect(res.body.code).toBe('IDEA_BOX_NOT_FOUND');
      const budget = await insertProcess(ctx, tree.communeA, { kind: 'budget' });
      await get(`/api/idea-boxes/${budget}`).expect(404);
      await get(`/api/idea-boxes/${budget}/ideas`).expect(404);
    });
  });

  describe('ideas in the box', () => {
    it('refuses a category the box does not list, and saves nothing', async () => {
      const before = await count(`SELECT count(*)::int AS n FROM proposals`);
      const res = await author
        .post(`/api/processes/${boxId}/proposals`)
        .send(proposalBody({ kind: 'idea', category: 'Cuisine' }))
        .expect(400);
      expect(res.body).toMatchObject({ code: 'UNKNOWN_CATEGORY', message: { fr: expect.stringContaining('Commerces'), en: expect.any(String) } });
      expect(await count(`SELECT count(*)::int AS n FROM proposals`)).toBe(before);
    });

    it('refuses moving an idea to a category the box does not list, and keeps the old one', async () => {
      const id = await submit({ title: 'Un banc devant la poste', category: 'Aménagements' });
      const res = await author.patch(`/api/proposals/${id}`).send({ category: 'Sport' }).expect(400);
      expect(res.body.code).toBe('UNKNOWN_CATEGORY');
      await author.patch(`/api/proposals/${id}`).send({ category: 'espaces verts' }).expect(200);
      const [row] = await ctx.sql<{ category: string }>(`SELECT category FROM proposals WHERE id = $1`, [id]);
      expect(row.category).toBe('Espaces verts');
    });

    describe('similar titles in French', () => {
      let church: string;
      beforeAll(async () => {
        church = await submit({ title: 'Une boulangerie près de l’église Saint-Étienne', lat: 3, lng: 3 });
      });
      const similar = async (title: string) =>
        ((await get(`/api/processes/${boxId}/proposals/similar?title=${encodeURIComponent(title)}`).expect(200)).body as Array<{ id: string }>).map(
          (s) => s.id,
        );

      it('finds a title typed without accents', async () => {
        expect(await similar('boulangerie pres de l eglise')).toContain(church);
      });
      it('finds a title typed in capitals with accents', async () => {
        expect(await similar('ÉGLISE SAINT ÉTIENNE')).toContain(church);
      });
      it('finds another form of the word (stemming)', async () => {
        expect(await similar('des boulangeries')).toContain(church);
      });
      it('suggests nothing for an unrelated title', async () => {
        expect(await similar('Réparer le toit du gymnase')).not.toContain(church);
      });
    });
  });

  describe('answers, lists and live updates', () => {
    let bakery: string;
    let bench: string;
    beforeAll(async () => {
      bakery = await submit({ kind: 'shop', shopType: 'bakery', category: 'Commerces', title: 'Une boulangerie rue Haute', lat: 3.5, lng: 3.5, quartierId: tree.quartierA1 });
      bench = await submit({ title: 'Des bancs au parc', address: 'Parc du Moulin' });
    });

    it('publishes the answer live, mails the author and audits it', async () => {
      const live = firstValueFrom(ctx.app.get(LiveUpdatesService).stream(proposalsTopic(boxId)).pipe(take(1), timeout(5000)));
      const res = await staff
        .post(`/api/proposals/${bakery}/answer`)
        .send({ answer: 'retained', reason: 'Un local est libre rue Haute.' })
        .expect(200);
      expect(res.body.answer).toMatchObject({ answer: 'retained', reason: 'Un local est libre rue Haute.' });
      await expect(live).resolves.toMatchObject({ data: { proposalId: bakery, change: 'status' } });
      const [mail] = await outboxMails(ctx, 'camille@example.fr');
      expect(mail.subject).toContain('Réponse à votre idée');
      expect(mail.links.some((link) => link.includes(`/idees/idee/${bakery}`))).toBe(true);
      expect(await count(`SELECT count(*)::int AS n FROM audit_entries WHERE action = 'proposal.answer' AND object_id = $1`, [bakery])).toBe(1);
    });

    it('refuses an unknown answer or a missing reason, in French and English', async () => {
      const bad = await staff.post(`/api/proposals/${bench}/answer`).send({ answer: 'maybe', reason: 'Peut-être.' }).expect(400);
      expect(bad.body.message).toEqual({ fr: expect.any(String), en: expect.any(String) });
      await staff.post(`/api/proposals/${bench}/answer`).send({ answer: 'studied' }).expect(400);
      await author.post(`/api/proposals/${bench}/answer`).send({ answer: 'studied', reason: 'Moi-même.' }).expect(403);
      expect((await get(`/api/proposals/${bench}`).expect(200)).body.answer).toBeNull();
    });

    it('lists ideas by answer and shop type, with the answer on each', async () => {
      const ids = async (query: string) =>
        ((await get(`/api/idea-boxes/${boxId}/ideas?${query}`).expect(200)).body.items as Array<{ id: string; answer: string | null }>).map((i) => i.id);
      expect(await ids('answer=retained')).toEqual([bakery]);
      expect(await ids('answer=none')).toContain(bench);
      expect(await ids('answer=none')).not.toContain(bakery);
      expect(await ids('shopType=bakery')).toEqual([bakery]);
      expect(await ids(`quartierId=${tree.quartierA1}&kind=shop`)).toEqual([bakery]);
      await get(`/api/idea-boxes/${boxId}/ideas?answer=peut-etre`).expect(400);
      const detail = await get(`/api/idea-boxes/${boxId}`).expect(200);
      expect(detail.body.answers.retained).toBe(1);
      expect(detail.body.answeredCount).toBe(1);
    });

    it('groups shop wishes in grid cells, counting those without a place apart', async () => {
      await submit({ kind: 'shop', shopType: 'bakery', category: 'Commerces', title: 'Du pain rue Haute', lat: 3.5, lng: 3.5, quartierId: tree.quartierA1 });
      await submit({ kind: 'shop', shopType: 'cafe', category: 'Commerces', title: 'Un café sans adresse précise' });
      const res = await get(`/api/idea-boxes/${boxId}/shop-demand/cells?cellMetres=500`).expect(200);
      expect(res.body.cellMetres).toBe(500);
      expect(res.body.withoutPlace).toBe(1);
      expect(res.body.cells[0]).toMatchObject({ wishes: 2, byType: [{ shopType: 'bakery', wishes: 2 }] });
      const cafes = await get(`/api/idea-boxes/${boxId}/shop-demand/cells?shopType=cafe`).expect(200);
      expect(cafes.body).toMatchObject({ cells: [], withoutPlace: 1 });
      await get(`/api/idea-boxes/${boxId}/shop-demand/cells?cellMetres=3`).expect(400);
      await get(`/api/idea-boxes/${boxId}/shop-demand/cells?shopType=casino`).expect(400);
      const perQuartier = await get(`/api/processes/${boxId}/proposals/shop-demand`).expect(200);
      expect(perQuartier.body).toContainEqual(expect.objectContaining({ shopType: 'bakery', territoryId: tree.quartierA1, wishes: 2 }));
    });

    it('exports the shop wishes for the economic team: staff only', async () => {
      await get(`/api/idea-boxes/${boxId}/shop-demand/wishes.csv`).expect(401);
      await author.get(`/api/idea-boxes/${boxId}/shop-demand/wishes.csv`).expect(403);
      await (await signInAs(ctx, 'staff', tree.communeB)).get(`/api/idea-boxes/${boxId}/shop-demand/wishes.csv`).expect(403);
      const res = await staff.get(`/api/idea-boxes/${boxId}/shop-demand/wishes.csv`).expect(200);
      expect(res.headers['content-type']).toContain('text/csv');
      const lines = res.text.trim().split('\r\n');
      expect(lines[0]).toBe('id,type_commerce,titre,territoire,latitude,longitude,adresse,soutiens,reponse,publiee_le');
      expect(lines.filter((l) => l.includes(',bakery,'))).toHaveLength(2);
      expect(res.text).not.toContain('Camille');
    });

    it('publishes the ideas as CSV and GeoJSON open data, without authors or hidden ideas', async () => {
      const hidden = await submit({ title: 'Un message injurieux caché' });
      await staff.post(`/api/proposals/${hidden}/hide`).send({ reason: 'Propos injurieux' }).expect(204);
      const csv = await get(`/api/idea-boxes/quels-commerces/ideas.csv`).expect(200);
      expect(csv.headers['content-disposition']).toContain('idees-quels-commerces.csv');
      expect(csv.text).toContain('Un local est libre rue Haute.');
      expect(csv.text).not.toContain('injurieux');
      expect(csv.text).not.toContain('Camille');
      const geo = await get(`/api/idea-boxes/${boxId}/ideas.geojson`).expect(200);
      const collection = JSON.parse(geo.text);
      expect(collection.type).toBe('FeatureCollection');
      const feature = collection.features.find((f: { id: string }) => f.id === bakery);
      expect(feature).toMatchObject({ geometry: { type: 'Point', coordinates: [3.5, 3.5] }, properties: { answer: 'retained', shopType: 'bakery' } });
      expect(collection.features.find((f: { id: string }) => f.id === bench).geometry).toBeNull();
      expect(collection.features.some((f: { id: string }) => f.id === hidden)).toBe(false);
    });

    it('lists what moderators hid (staff only), and brings an idea or a comment back when unhidden', async () => {
      const idea = await submit({ title: 'Une idée masquée par erreur' });
      const comment = (await author.post(`/api/proposals/${bakery}/comments`).send({ body: 'Un commentaire masqué par erreur' }).expect(201)).body.id as string;
      await staff.post(`/api/proposals/${idea}/hide`).send({ reason: 'Doublon supposé' }).expect(204);
      await staff.post(`/api/proposals/comments/${comment}/hide`).send({ reason: 'Hors sujet supposé' }).expect(204);
      await author.get(`/api/idea-boxes/${boxId}/hidden`).expect(403);
      const hidden = (await staff.get(`/api/idea-boxes/${boxId}/hidden`).expect(200)).body as Array<{ target: string; id: string; ideaId: string; reason: string; excerpt: string }>;
      expect(hidden).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ target: 'idea', id: idea, ideaId: idea, reason: 'Doublon supposé' }),
          expect.objectContaining({ target: 'comment', id: comment, ideaId: bakery, reason: 'Hors sujet supposé', excerpt: 'Un commentaire masqué par erreur' }),
        ]),
      );
      await staff.post(`/api/proposals/${idea}/unhide`).expect(204);
      await staff.post(`/api/proposals/comments/${comment}/unhide`).expect(204);
      const after = (await staff.get(`/api/idea-boxes/${boxId}/hidden`).expect(200)).body as Array<{ id: string }>;
      expect(after.map((h) => h.id)).not.toContain(idea);
      expect(after.map((h) => h.id)).not.toContain(comment);
      const items = (await get(`/api/idea-boxes/${boxId}/ideas?pageSize=100`).expect(200)).body.items as Array<{ id: string }>;
      expect(items.some((i) => i.id === idea)).toBe(true);
      const page = (await get(`/api/proposals/${bakery}`).expect(200)).body as { comments: Array<{ id: string; hidden: boolean; body: string }> };
      expect(page.comments.find((c) => c.id === comment)).toMatchObject({ hidden: false, body: 'Un commentaire masqué par erreur' });
      await staff.post(`/api/proposals/${idea}/unhide`).expect(409);
      await staff.get('/api/idea-boxes/00000000-0000-4000-8000-000000000000/hidden').expect(404);
    });
  });

  describe('turning an idea into a budget project', () => {
    let idea: string;
    let budget: string;
    beforeAll(async () => {
      idea = await submit({ title: 'Un jardin partagé derrière l’école', lat: 7, lng: 2, quartierId: tree.quartierA2 });
      budget = await insertProcess(ctx, tree.communeA, { kind: 'budget', phase: 'assessment' });
    });

    it.each([
      ['a budget in its vote phase', async () => insertProcess(ctx, tree.communeA, { kind: 'budget', phase: 'vote' }), 409, 'TARGET_BUDGET_NOT_OPEN'],
      ['an idea box', async () => insertProcess(ctx, tree.communeA, { kind: 'ideas' }), 400, 'TARGET_NOT_A_BUDGET'],
      ['a budget of another commune', async () => insertProcess(ctx, tree.communeB, { kind: 'budget' }), 400, 'TARGET_BUDGET_ELSEWHERE'],
      ['an unknown process', async () => '00000000-0000-4000-8000-000000000000', 404, 'PROCESS_NOT_FOUND'],
    ])('refuses %s and saves nothing', async (_name, target, status, code) => {
      const before = await count(`SELECT count(*)::int AS n FROM proposals`);
      const res = await staff.post(`/api/ideas/${idea}/budget-project`).send({ processId: await target() }).expect(status);
      expect(res.body).toMatchObject({ code, message: { fr: expect.any(String), en: expect.any(String) } });
      expect(await count(`SELECT count(*)::int AS n FROM proposals`)).toBe(before);
      expect(await count(`SELECT count(*)::int AS n FROM idea_conversions`)).toBe(0);
    });

    it('refuses residents and a malformed body', async () => {
      await author.post(`/api/ideas/${idea}/budget-project`).send({ processId: budget }).expect(403);
      await staff.post(`/api/ideas/${idea}/budget-project`).send({ processId: 'budget' }).expect(400);
      await staff.post(`/api/ideas/pas-un-id/budget-project`).send({ processId: budget }).expect(400);
    });

    it('copies the idea into the budget process with its images, once, audited, and tells the author', async () => {
      expect((await get(`/api/ideas/${idea}/conversion`).expect(200)).body).toEqual({ conversion: null });
      await author.post(`/api/proposals/${idea}/images`).field('alt', 'Le terrain derrière l’école').attach('file', PNG, { filename: 'terrain.png', contentType: 'image/png' }).expect(201);
      const res = await staff.post(`/api/ideas/${idea}/budget-project`).send({ processId: budget }).expect(201);
      // The project has its own copy of each image (the author may still remove the idea's).
      const images = await ctx.sql<{ proposal_id: string; storage_key: string; alt: string }>(`SELECT proposal_id, storage_key, alt FROM proposal_images WHERE proposal_id IN ($1, $2)`, [idea, res.body.targetId]);
      expect(images).toHaveLength(2);
      expect(new Set(images.map((i) => i.storage_key)).size).toBe(2);
      const copy = ((await get(`/api/proposals/${res.body.targetId}`).expect(200)).body as { images: Array<{ url: string; alt: string }> }).images;
      expect(copy).toMatchObject([{ alt: 'Le terrain derrière l’école' }]);
      expect((await get(copy[0].url).buffer(true).expect(200)).body).toEqual(PNG);
      expect(res.body).toMatchObject({ target: 'budgetProject', processId: budget, title: 'Un jardin partagé derrière l’école' });
      const [project] = await ctx.sql<{ kind: string; status: string; author_id: string; territory_id: string; lat: number }>(
        `SELECT kind, status, author_id, territory_id, lat FROM proposals WHERE id = $1`,
        [res.body.targetId],
      );
      expect(project).toMatchObject({ kind: 'project', status: 'published', author_id: author.account.id, territory_id: tree.quartierA2, lat: 7 });
      expect((await get(`/api/ideas/${idea}/conversion`).expect(200)).body.conversion).toMatchObject({ target: 'budgetProject' });
      expect(await count(`SELECT count(*)::int AS n FROM audit_entries WHERE action = 'idea.convert' AND object_id = $1`, [idea])).toBe(1);
      const [mail] = await outboxMails(ctx, 'camille@example.fr');
      expect(mail.subject).toContain('Votre idée avance');
      const again = await staff.post(`/api/ideas/${idea}/budget-project`).send({ processId: budget }).expect(409);
      expect(again.body.code).toBe('IDEA_ALREADY_CONVERTED');
      const items = (await get(`/api/idea-boxes/${boxId}/ideas?pageSize=100`).expect(200)).body.items as Array<{ id: string; converted: string | null }>;
      expect(items.find((i) => i.id === idea)?.converted).toBe('budgetProject');
    });

    it('answers 404 for the conversion of an unknown idea', async () => {
      await get(`/api/ideas/00000000-0000-4000-8000-000000000000/conversion`).expect(404);
    });
  });
});
