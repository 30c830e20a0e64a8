import request from 'supertest';

import type { WorkDetail, WorkFeatureCollection, WorkLiveEvent, WorkPage } from '@agora/contracts';

import { LiveUpdatesService } from '../src/live/live-updates.service';
import type { Agent } from './support/budget-fixtures';
import { insertSmallTree, SmallTree } from './support/territory-fixtures';
import { createTestContext, signInAs, TestContext } from './support/test-app';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);

describe('works: staff create and edit, the public reads', () => {
  let ctx: TestContext;
  let tree: SmallTree;
  let staff: Agent;
  let outsider: Agent;
  const works = async () => (await ctx.sql<{ n: number }>(`SELECT count(*)::int AS n FROM works`))[0].n;

  beforeAll(async () => {
    ctx = await createTestContext();
    tree = await insertSmallTree(ctx);
    staff = await signInAs(ctx, 'staff', tree.communeA);
    outsider = await signInAs(ctx, 'staff', tree.communeB);
  });
  afterAll(() => ctx.close());

  const create = (body: Record<string, unknown>, as: Agent = staff) =>
    as.post('/api/works').send({ territoryId: tree.quartierA1, title: 'Réfection de la rue des Lilas', category: 'voirie', ...body });

  it('creates a work with a line inside its quartier, audited, with a first timeline entry', async () => {
    const res = await create({ place: { type: 'LineString', coordinates: [[3, 3], [3.05, 3.05]] }, estimatedCostCents: 1200000, plannedStartOn: '2026-04-01', plannedEndOn: '2026-06-30' }).expect(201);
    const work = res.body as WorkDetail;
    expect(work).toMatchObject({ territoryId: tree.quartierA1, communeId: tree.communeA, status: 'a_l_etude', progress: 0, source: { kind: 'planned' } });
    expect(work.timeline).toHaveLength(1);
    const audit = await ctx.sql(`SELECT action FROM audit_entries WHERE object_id = $1`, [work.id]);
    expect(audit).toEqual([{ action: 'work.create' }]);
  });

  it('refuses a line that leaves the quartier, and saves nothing', async () => {
    const before = await works();
    const res = await create({ place: { type: 'LineString', coordinates: [[3, 4.99], [3, 5.05]] } }).expect(400);
    expect(res.body.code).toBe('WORK_PLACE_OUTSIDE');
    expect(res.body.message.fr).toContain('Quartier A1');
    expect(await works()).toBe(before);
  });

  it('refuses a line crossing the hole of the quartier', async () => {
    const res = await create({ place: { type: 'LineString', coordinates: [[0.95, 1.5], [1.05, 1.5]] } }).expect(400);
    expect(res.body.code).toBe('WORK_PLACE_OUTSIDE');
  });

  it('refuses coordinates that are not WGS84', async () => {
    const res = await create({ place: { type: 'Point', coordinates: [355000, 6689000] } }).expect(400);
    expect(res.body.code).toBe('WORK_PLACE_INVALID');
  });

  it('refuses an unknown category with a bilingual message', async () => {
    const res = await create({ category: 'piscine' }).expect(400);
    expect(res.body.message.fr).toBeTruthy();
    expect(res.body.message.en).toBeTruthy();
  });

  it('refuses a work placed on a métropole (wrong territory)', async () => {
    const admin = await signInAs(ctx, 'staff', tree.metropole);
    const res = await create({ territoryId: tree.metropole }, admin).expect(400);
    expect(res.body.code).toBe('WORK_WRONG_TERRITORY');
  });

  it('refuses staff of another commune', async () => {
    await create({}, outsider).expect(403);
  });

  it('refuses an abandon without a reason, and keeps the status', async () => {
    const work = (await create({}).expect(201)).body as WorkDetail;
    const res = await staff.patch(`/api/works/${work.id}`).send({ status: 'abandonne' }).expect(400);
    expect(res.body.code).toBe('ABANDON_REASON_REQUIRED');
    expect((await request(ctx.app.getHttpServer()).get(`/api/works/${work.id}`).expect(200)).body.status).toBe('a_l_etude');
    const ok = await staff.patch(`/api/works/${work.id}`).send({ status: 'abandonne', statusReason: 'Réseau de gaz à reprendre d’abord' }).expect(200);
    expect(ok.body).toMatchObject({ status: 'abandonne', statusReason: 'Réseau de gaz à reprendre d’abord' });
    expect(ok.body.timeline[0].text).toContain('abandonné');
  });

  it('answers 404 for an unknown work, 400 for a malformed id', async () => {
    const missing = await request(ctx.app.getHttpServer()).get('/api/works/00000000-0000-4000-8000-000000000000').expect(404);
    expect(missing.body.code).toBe('WORK_NOT_FOUND');
    await request(ctx.app.getHttpServer()).get('/api/works/nope').expect(400);
    await staff.patch('/api/works/00000000-0000-4000-8000-000000000000').send({ progress: 10 }).expect(404);
  });

  it('pushes a status change live on the commune and the quartier topics', async () => {
    const work = (await create({}).expect(201)).body as WorkDetail;
    const live = ctx.app.get(LiveUpdatesService);
    const seen: WorkLiveEvent[] = [];
    const subscription = live.stream(`works:${tree.quartierA1}`).subscribe((event) => seen.push(event.data as WorkLiveEvent));
    await staff.patch(`/api/works/${work.id}`).send({ status: 'en_travaux', progress: 20 }).expect(200);
    for (let i = 0; i < 50 && !seen.some((e) => e.workId === work.id && e.change === 'status'); i++) await new Promise((r) => setTimeout(r, 20));
    subscription.unsubscribe();
    expect(seen).toContainEqual({ workId: work.id, change: 'status', status: 'en_travaux', progress: 20 });
  });

  it('pushes a new timeline photo live, so the public work page shows it without reloading', async () => {
    const work = (await create({ title: 'Fontaine de la place' }).expect(201)).body as WorkDetail;
    const entry = (await staff.post(`/api/works/${work.id}/timeline`).send({ text: 'Dépose de la vasque' }).expect(201)).body;
    const seen: WorkLiveEvent[] = [];
    const subscription = ctx.app.get(LiveUpdatesService).stream(`works:${tree.communeA}`).subscribe((event) => seen.push(event.data as WorkLiveEvent));
    await staff
      .post(`/api/works/${work.id}/timeline/${entry.id}/photos`)
      .field('kind', 'during')
      .field('alt', 'La vasque déposée')
      .attach('file', PNG, { filename: 'pendant.png', contentType: 'image/png' })
      .expect(201);
    for (let i = 0; i < 50 && !seen.some((e) => e.workId === work.id && e.change === 'photo'); i++) await new Promise((r) => setTimeout(r, 20));
    subscription.unsubscribe();
    expect(seen).toContainEqual({ workId: work.id, change: 'photo', status: 'a_l_etude', progress: 0 });
  });

  it('computes a parent’s progress as the cost-weighted average of its children', async () => {
    const parent = (await create({ title: 'Requalification du centre' }).expect(201)).body as WorkDetail;
    const big = (await create({ title: 'Chaussée', parentId: parent.id, estimatedCostCents: 300000 }).expect(201)).body as WorkDetail;
    await create({ title: 'Bancs', parentId: parent.id, estimatedCostCents: 100000 }).expect(201);
    await staff.patch(`/api/works/${big.id}`).send({ status: 'termine' }).expect(200);
    const page = (await request(ctx.app.getHttpServer()).get(`/api/works/${parent.id}`).expect(200)).body as WorkDetail;
    expect(page).toMatchObject({ progress: 75, progressComputed: true, childCount: 2 });
    expect(page.children.map((c) => c.title).sort()).toEqual(['Bancs', 'Chaussée']);
  });

  it('refuses a parent cycle', async () => {
    const a = (await create({ title: 'A' }).expect(201)).body as WorkDetail;
    const b = (await create({ title: 'B', parentId: a.id }).expect(201)).body as WorkDetail;
    const res = await staff.patch(`/api/works/${a.id}`).send({ parentId: b.id }).expect(400);
    expect(res.body.code).toBe('WORK_BAD_PARENT');
  });

  it('adds a dated timeline entry with before/after photos checked by content', async () => {
    const work = (await create({ title: 'Square Jean-Moulin', category: 'espaces_verts' }).expect(201)).body as WorkDetail;
    const entry = (await staff.post(`/api/works/${work.id}/timeline`).send({ text: 'Plantation des arbres', occurredOn: '2026-03-10', progress: 40 }).expect(201)).body;
    const photo = await staff
      .post(`/api/works/${work.id}/timeline/${entry.id}/photos`)
      .field('kind', 'before')
      .field('alt', 'Le square avant les travaux')
      .attach('file', PNG, { filename: 'avant.png', contentType: 'image/png' })
      .expect(201);
    const served = await request(ctx.app.getHttpServer()).get(photo.body.url).expect(200);
    expect(served.headers['content-type']).toBe('image/png');
    const page = (await request(ctx.app.getHttpServer()).get(`/api/works/${work.id}`).expect(200)).body as WorkDetail;
    expect(page.progress).toBe(40);
    expect(page.timeline.map((e) => e.occurredOn)).toEqual([...page.timeline.map((e) => e.occurredOn)].sort().reverse());
    expect(page.timeline.find((e) => e.id === entry.id)).toMatchObject({ occurredOn: '2026-03-10', text: 'Plantation des arbres', photos: [{ kind: 'before', alt: 'Le square avant les travaux' }] });
  });

  it('refuses a photo that is not an image, or too large, and stores nothing', async () => {
    const work = (await create({}).expect(201)).body as WorkDetail;
    const entry = (await staff.post(`/api/works/${work.id}/timeline`).send({ text: 'Début' }).expect(201)).body;
    const url = `/api/works/${work.id}/timeline/${entry.id}/photos`;
    const script = await staff.post(url).field('kind', 'after').field('alt', 'x').attach('file', Buffer.from('<script>alert(1)</script>'), { filename: 'a.png', contentType: 'image/png' }).expect(415);
    expect(script.body.code).toBe('IMAGE_TYPE_NOT_ALLOWED');
    const huge = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]);
    const large = await staff.post(url).field('kind', 'after').field('alt', 'x').attach('file', huge, { filename: 'a.png', contentType: 'image/png' }).expect(413);
    expect(large.body.code).toBe('IMAGE_TOO_LARGE');
    expect(await ctx.sql(`SELECT id FROM work_photos WHERE entry_id = $1`, [entry.id])).toEqual([]);
  });

  it('lists the works of a commune by status and category, paged', async () => {
    const page = (await request(ctx.app.getHttpServer()).get(`/api/works?territoryId=${tree.communeA}&category=voirie&pageSize=2`).expect(200)).body as WorkPage;
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(2);
    expect(page.items.every((w) => w.category === 'voirie')).toBe(true);
    const abandoned = (await request(ctx.app.getHttpServer()).get(`/api/works?territoryId=${tree.quartierA1}&status=abandonne`).expect(200)).body as WorkPage;
    expect(abandoned.items.map((w) => w.status)).toEqual(['abandonne']);
    const other = (await request(ctx.app.getHttpServer()).get(`/api/works?territoryId=${tree.communeB}`).expect(200)).body as WorkPage;
    expect(other.total).toBe(0);
    const all = (await request(ctx.app.getHttpServer()).get(`/api/works?territoryId=${tree.communeA}&topLevelOnly=false&pageSize=200`).expect(200)).body as WorkPage;
    const top = (await request(ctx.app.getHttpServer()).get(`/api/works?territoryId=${tree.communeA}&topLevelOnly=true&pageSize=200`).expect(200)).body as WorkPage;
    expect(all.items.some((w) => w.parentId)).toBe(true);
    expect(top.items.every((w) => !w.parentId)).toBe(true);
    expect(top.total).toBeLessThan(all.total);
    await request(ctx.app.getHttpServer()).get(`/api/works?status=fini`).expect(400);
  });

  it('publishes the works as CSV and GeoJSON open data', async () => {
    const csv = await request(ctx.app.getHttpServer()).get(`/api/works/open-data.csv?territoryId=${tree.communeA}`).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0].startsWith('id;territory_id;title;category;status')).toBe(true);
    expect(csv.text).toContain('Réfection de la rue des Lilas');
    const geo = (await request(ctx.app.getHttpServer()).get(`/api/works/open-data.geojson?territoryId=${tree.communeA}`).expect(200)).body as WorkFeatureCollection;
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features[0].geometry).toEqual({ type: 'LineString', coordinates: [[3, 3], [3.05, 3.05]] });
  });

  it('documents the open-data routes in the OpenAPI page', async () => {
    const doc = await request(ctx.app.getHttpServer()).get('/api/docs/openapi.json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/works/open-data.csv', '/api/works/open-data.geojson']));
  });
});
