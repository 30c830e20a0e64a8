import { insertSmallTree, rect, SmallTree } from './support/territory-fixtures';
import { agent, createTestContext, signInAs, TestContext } from './support/test-app';

const feature = (properties: Record<string, unknown>, ring: number[][]) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Polygon', coordinates: [ring] },
});

describe('importing quartiers from GeoJSON', () => {
  let ctx: TestContext;
  let tree: SmallTree;
  let admin: Awaited<ReturnType<typeof signInAs>>;
  const quartiersOfB = () =>
    ctx.sql<{ slug: string; name: string; bbox_max_lng: number }>(
      `SELECT slug, name, bbox_max_lng FROM territories WHERE parent_id = $1 ORDER BY slug`,
      [tree.communeB],
    );
  const importInto = (id: string, features: unknown[], extra: Record<string, unknown> = {}) =>
    admin
      .post(`/api/territories/${id}/quartiers/import`)
      .send({ type: 'FeatureCollection', features, ...extra });

  beforeAll(async () => {
    ctx = await createTestContext();
    tree = await insertSmallTree(ctx);
    admin = await signInAs(ctx, 'admin', tree.communeB);
  });
  afterAll(async () => ctx.close());

  it('creates the quartiers, with slugs made from names when absent, and audits each', async () => {
    const res = await importInto(
      tree.communeB,
      [
        feature({ name: 'Les Halles', slug: 'b-les-halles' }, rect(5, 0, 10, 5)),
        feature({ name: 'Île Verte', code_iris: '123' }, rect(5, 5, 10, 10)),
      ],
      { name: 'quartiers_b', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } } },
    ).expect(200);
    expect(res.body).toMatchObject({ created: 2, updated: 0 });
    expect(
      res.body.territories.map((t: { slug: string; parentId: string; kind: string }) => [
        t.slug,
        t.parentId,
        t.kind,
      ]),
    ).toEqual([
      ['b-les-halles', tree.communeB, 'quartier'],
      ['ile-verte', tree.communeB, 'quartier'],
    ]);
    expect(await quartiersOfB()).toEqual([
      { slug: 'b-les-halles', name: 'Les Halles', bbox_max_lng: 10 },
      { slug: 'ile-verte', name: 'Île Verte', bbox_max_lng: 10 },
    ]);
    const entries = await ctx.sql(`SELECT action, actor_id FROM audit_entries WHERE object_id = ANY($1)`, [
      res.body.territories.map((t: { id: string }) => t.id),
    ]);
    expect(entries).toEqual([
      { action: 'territory.create', actor_id: admin.account.id },
      { action: 'territory.create', actor_id: admin.account.id },
    ]);
    // The imported quartiers are found by a point lookup at once.
    expect((await agent(ctx.app).get('/api/territories/locate?lat=7&lng=7').expect(200)).body.slug).toBe(
      'ile-verte',
    );
  });

  it('updates the quartiers it finds by slug and leaves unchanged ones alone', async () => {
    const res = await importInto(tree.communeB, [
      feature({ name: 'Les Halles', slug: 'b-les-halles' }, rect(5, 0, 10, 5)),
      feature({ name: 'Île Verte (nord)', slug: 'ile-verte' }, rect(5, 5, 9, 10)),
      feature({ name: 'Le Port' }, rect(9, 5, 10, 10)),
    ]).expect(200);
    expect(res.body).toMatchObject({ created: 1, updated: 1 });
    expect(await quartiersOfB()).toEqual([
      { slug: 'b-les-halles', name: 'Les Halles', bbox_max_lng: 10 },
      { slug: 'ile-verte', name: 'Île Verte (nord)', bbox_max_lng: 9 },
      { slug: 'le-port', name: 'Le Port', bbox_max_lng: 10 },
    ]);
    const [update] = await ctx.sql(
      `SELECT before, after FROM audit_entries WHERE action = 'territory.update'`,
    );
    expect(update).toMatchObject({ before: { name: 'Île Verte' }, after: { name: 'Île Verte (nord)' } });
  });

  it('reports every bad feature with its index and imports nothing', async () => {
    const before = await quartiersOfB();
    const open = rect(5, 0, 6, 1)
      .slice(0, 4)
      .concat([[5, 0.5]]);
    const res = await importInto(tree.communeB, [
      feature({ name: 'Nouveau quartier' }, rect(5, 0, 6, 1)),
      feature({ name: 'Pas fermé' }, open),
      feature({}, rect(5, 0, 6, 1)),
      feature({ name: 'Trop loin' }, [
        [5, 0],
        [190, 0],
        [190, 1],
        [5, 0],
      ]),
    ]).expect(400);
    expect(res.body.code).toBe('INVALID_IMPORT');
    expect(res.body.message.fr).toContain('features[1].geometry.coordinates[0][4]');
    expect(res.body.message.en).toContain('features[1].geometry.coordinates[0][4]');
    expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual([
      'features[1].geometry.coordinates[0][4]',
      'features[2].properties.name',
      'features[3].geometry.coordinates[0][1]',
      'features[3].geometry.coordinates[0][2]',
    ]);
    expect(await quartiersOfB()).toEqual(before);
  });

  it('refuses slugs used elsewhere in the tree with a 409 and imports nothing', async () => {
    const before = await quartiersOfB();
    const res = await importInto(tree.communeB, [
      feature({ name: 'Nouveau' }, rect(5, 0, 6, 1)),
      feature({ name: 'A1', slug: 'quartier-a1' }, rect(6, 0, 7, 1)),
    ]).expect(409);
    expect(res.body).toMatchObject({
      code: 'SLUG_TAKEN',
      fields: [{ field: 'features[1].properties.slug', code: 'slugTaken' }],
    });
    expect(await quartiersOfB()).toEqual(before);
  });

  it('refuses duplicate slugs inside the file', async () => {
    const res = await importInto(tree.communeB, [
      feature({ name: 'Gare' }, rect(5, 0, 6, 1)),
      feature({ name: 'La gare', slug: 'gare' }, rect(6, 0, 7, 1)),
    ]).expect(400);
    expect(res.body.fields).toEqual([
      expect.objectContaining({ field: 'features[1].properties.slug', code: 'duplicate' }),
    ]);
  });

  it('refuses a file in another coordinate system', async () => {
    const res = await importInto(tree.communeB, [feature({ name: 'Gare' }, rect(5, 0, 6, 1))], {
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::2154' } },
    }).expect(400);
    expect(res.body.message.fr).toContain('WGS84');
  });

  it('refuses a malformed collection with a 400', async () => {
    await admin
      .post(`/api/territories/${tree.communeB}/quartiers/import`)
      .send({ type: 'FeatureCollection', features: [] })
      .expect(400);
    await admin
      .post(`/api/territories/${tree.communeB}/quartiers/import`)
      .send({ type: 'Feature', features: [] })
      .expect(400);
    await admin
      .post(`/api/territories/${tree.communeB}/quartiers/import`)
      .send({ type: 'FeatureCollection', features: 'x' })
      .expect(400);
    await admin
      .post(`/api/territories/${tree.communeB}/quartiers/import`)
      .send({ type: 'FeatureCollection', features: [feature({ name: 'X' }, rect(5, 0, 6, 1))], style: {} })
      .expect(400);
  });

  it('refuses to import quartiers straight under a métropole', async () => {
    const metropoleAdmin = await signInAs(ctx, 'admin', tree.metropole);
    const res = await metropoleAdmin
      .post(`/api/territories/${tree.metropole}/quartiers/import`)
      .send({ type: 'FeatureCollection', features: [feature({ name: 'Hors commune' }, rect(5, 0, 6, 1))] })
      .expect(400);
    expect(res.body.code).toBe('INVALID_NESTING');
  });

  it('refuses the admin of another commune (403), staff (403) and signed-out callers (401)', async () => {
    const body = { type: 'FeatureCollection', features: [feature({ name: 'Intrus' }, rect(0, 0, 1, 1))] };
    await admin.post(`/api/territories/${tree.communeA}/quartiers/import`).send(body).expect(403);
    const staff = await signInAs(ctx, 'staff', tree.communeA);
    await staff.post(`/api/territories/${tree.communeA}/quartiers/import`).send(body).expect(403);
    await agent(ctx.app).post(`/api/territories/${tree.communeA}/quartiers/import`).send(body).expect(401);
    expect(await ctx.sql(`SELECT 1 FROM territories WHERE slug = 'intrus'`)).toEqual([]);
  });

  it('answers an unknown commune with a 404 and a malformed id with a 400', async () => {
    const body = { type: 'FeatureCollection', features: [feature({ name: 'X' }, rect(0, 0, 1, 1))] };
    await admin
      .post('/api/territories/00000000-0000-4000-8000-000000000000/quartiers/import')
      .send(body)
      .expect(404);
    await admin.post('/api/territories/commune-b/quartiers/import').send(body).expect(400);
  });
});
