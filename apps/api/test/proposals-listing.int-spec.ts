import request from 'supertest';

import { insertProcess, proposalBody } from './support/proposal-fixtures';
import { insertSmallTree, SmallTree } from './support/territory-fixtures';
import { createTestContext, signedInAgent, TestContext } from './support/test-app';

describe('proposals: listing, map, similar titles', () => {
  let ctx: TestContext;
  let tree: SmallTree;
  let processId: string;
  const ids: Record<string, string> = {};
  const get = (path: string) => request(ctx.app.getHttpServer()).get(path);

  beforeAll(async () => {
    ctx = await createTestContext();
    tree = await insertSmallTree(ctx);
    processId = await insertProcess(ctx, tree.communeA, { kind: 'ideas' });
    const author = await signedInAgent(ctx);
    const submit = async (key: string, overrides: Record<string, unknown>) => {
      ids[key] = (
        await author
          .post(`/api/processes/${processId}/proposals`)
          .send(proposalBody({ kind: 'idea', ...overrides }))
          .expect(201)
      ).body.id;
    };
    await submit('velo', {
      title: 'Un parking à vélos devant l’école',
      quartierId: tree.quartierA1,
      lat: 3,
      lng: 3,
      category: 'Mobilités',
    });
    await submit('arbres', {
      title: 'Planter des arbres rue Haute',
      quartierId: tree.quartierA2,
      lat: 7,
      lng: 2,
      category: 'Espaces verts',
    });
    await submit('boulangerie', {
      kind: 'shop',
      shopType: 'bakery',
      title: 'Une boulangerie au centre',
      lat: 4,
      lng: 4,
    });
    await submit('fete', { title: 'Une fête de quartier annuelle', quartierId: tree.quartierA2 });
    // Supports: arbres 2, velo 1.
    for (let i = 0; i < 2; i++)
      await (await signedInAgent(ctx)).put(`/api/proposals/${ids['arbres']}/support`).expect(200);
    await (await signedInAgent(ctx)).put(`/api/proposals/${ids['velo']}/support`).expect(200);
  });
  afterAll(async () => ctx.close());

  const listIds = async (query: string) =>
    (
      (await get(`/api/processes/${processId}/proposals?${query}`).expect(200)).body.items as Array<{
        id: string;
      }>
    ).map((p) => p.id);

  it('sorts by supports by default', async () => {
    const order = await listIds('');
    expect(order.slice(0, 2)).toEqual([ids['arbres'], ids['velo']]);
  });

  it('filters by quartier, city-wide, kind and category', async () => {
    expect((await listIds(`quartierId=${tree.quartierA2}`)).sort()).toEqual(
      [ids['arbres'], ids['fete']].sort(),
    );
    expect(await listIds('quartierId=city')).toEqual([ids['boulangerie']]);
    expect(await listIds('kind=shop')).toEqual([ids['boulangerie']]);
    expect(await listIds('category=mobilit%C3%A9s')).toEqual([ids['velo']]);
  });

  it('sorts newest first', async () => {
    expect((await listIds('sort=newest'))[0]).toBe(ids['fete']);
  });

  it('shuffles with a seed: the same seed gives the same order across pages', async () => {
    const all = await listIds('sort=random&seed=abc&pageSize=10');
    const firstPage = await listIds('sort=random&seed=abc&pageSize=2');
    const secondPage = await listIds('sort=random&seed=abc&pageSize=2&page=2');
    expect([...firstPage, ...secondPage]).toEqual(all);
    expect(all.sort()).toEqual(Object.values(ids).sort());
  });

  it('pages with a total', async () => {
    const res = await get(`/api/processes/${processId}/proposals?pageSize=3&page=2`).expect(200);
    expect(res.body).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(res.body.items).toHaveLength(1);
  });

  it('refuses unknown filters and values', async () => {
    await get(`/api/processes/${processId}/proposals?sort=best`).expect(400);
    await get(`/api/processes/${processId}/proposals?quartierId=nord`).expect(400);
    await get(`/api/processes/${processId}/proposals?colour=red`).expect(400);
  });

  it('serves the proposals with a place as GeoJSON, longitude first', async () => {
    const res = await get(`/api/processes/${processId}/proposals/map`).expect(200);
    expect(res.body.type).toBe('FeatureCollection');
    expect(res.body.features).toHaveLength(3);
    const shop = res.body.features.find((f: { id: string }) => f.id === ids['boulangerie']);
    expect(shop).toMatchObject({
      geometry: { type: 'Point', coordinates: [4, 4] },
      properties: { kind: 'shop', shopType: 'bakery' },
    });
    const shops = await get(`/api/processes/${processId}/proposals/map?kind=shop`).expect(200);
    expect(shops.body.features).toHaveLength(1);
  });

  it('counts shop wishes per type and territory, as JSON and as CSV', async () => {
    const res = await get(`/api/processes/${processId}/proposals/shop-demand`).expect(200);
    expect(res.body).toEqual([
      { shopType: 'bakery', territoryId: tree.communeA, territoryName: 'Commune A', wishes: 1, supports: 0 },
    ]);
    const csv = await get(`/api/processes/${processId}/proposals/shop-demand/csv`).expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.text).toBe(
      `type_commerce,territoire_id,territoire,souhaits,soutiens\r\nbakery,${tree.communeA},Commune A,1,0\r\n`,
    );
  });

  describe('similar titles', () => {
    const similar = async (title: string) =>
      (
        (
          await get(
            `/api/processes/${processId}/proposals/similar?title=${encodeURIComponent(title)}`,
          ).expect(200)
        ).body as Array<{ id: string }>
      ).map((p) => p.id);

    it('finds a proposal from other forms of its words (French stemming)', async () => {
      expect(await similar('plantation d’un arbre')).toContain(ids['arbres']);
    });

    it('ignores accents', async () => {
      expect(await similar('velos ecole')).toContain(ids['velo']);
    });

    it('forgives a typo through trigram similarity', async () => {
      expect(await similar('boulangrie au centre')).toContain(ids['boulangerie']);
    });

    it('suggests nothing for an unrelated title', async () => {
      expect(await similar('Rénover la piscine municipale')).toEqual([]);
    });

    it('needs a title of a few letters', async () => {
      await get(`/api/processes/${processId}/proposals/similar?title=a`).expect(400);
    });
  });

  it('answers an unknown process with a 404', async () => {
    await get('/api/processes/00000000-0000-4000-8000-000000000000/proposals').expect(404);
    await get('/api/processes/00000000-0000-4000-8000-000000000000/proposals/map').expect(404);
  });
});
