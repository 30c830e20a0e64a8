import { existsSync } from 'node:fs';
import { join } from 'node:path';

import request from 'supertest';

import type { Budget, ManagedProcess, ProcessDetail } from '@agora/contracts';

import { insertSmallTree, SmallTree } from './support/territory-fixtures';
import { agent, createTestContext, signInAs, TestContext } from './support/test-app';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 1)]);

/** What the back-office pages need beyond the set-up routes: the list, the image, removing an envelope. */
describe('processes: back office', () => {
  let ctx: TestContext;
  let tree: SmallTree;
  let official: Awaited<ReturnType<typeof signInAs>>;
  let draft: ProcessDetail;
  let open: ProcessDetail;

  const create = async (as: typeof official, territoryId: string, slug: string, extra: Record<string, unknown> = {}) =>
    (await as.post('/api/processes').send({ territoryId, kind: 'budget', slug, title: `Budget ${slug}`, ...extra }).expect(201)).body as ProcessDetail;

  beforeAll(async () => {
    ctx = await createTestContext();
    tree = await insertSmallTree(ctx);
    official = await signInAs(ctx, 'official', tree.communeA);
    draft = await create(official, tree.communeA, 'bp-brouillon', {
      schedule: [
        { phase: 'proposals', startsAt: '2030-01-01T00:00:00Z' },
        { phase: 'vote', startsAt: '2030-03-01T00:00:00Z', endsAt: '2030-03-31T00:00:00Z' },
      ],
    });
    open = await create(official, tree.communeA, 'bp-ouvert');
    await official.post(`/api/processes/${open.id}/phase`).send({ phase: 'proposals' }).expect(200);
    const otherOfficial = await signInAs(ctx, 'official', tree.communeB);
    await create(otherOfficial, tree.communeB, 'bp-ailleurs');
  });
  afterAll(() => ctx.close());

  describe('GET /api/staff/processes', () => {
    it('lists the processes of the official’s commune, drafts included, newest change first', async () => {
      const list = (await official.get('/api/staff/processes').expect(200)).body as ManagedProcess[];
      expect(list.map((p) => p.slug)).toEqual(['bp-ouvert', 'bp-brouillon']);
      expect(list.every((p) => p.role === 'official')).toBe(true);
    });

    it('gives the next dated phase of each process', async () => {
      const list = (await official.get('/api/staff/processes').expect(200)).body as ManagedProcess[];
      expect(list.find((p) => p.id === draft.id)?.nextPhase).toEqual({ phase: 'proposals', startsAt: '2030-01-01T00:00:00.000Z', endsAt: null });
      expect(list.find((p) => p.id === open.id)?.nextPhase).toBeNull();
    });

    it('lists them for the commune’s staff, who run them but do not edit them', async () => {
      const staff = await signInAs(ctx, 'staff', tree.communeA);
      const list = (await staff.get('/api/staff/processes').expect(200)).body as ManagedProcess[];
      expect(list.map((p) => [p.slug, p.role])).toEqual([
        ['bp-ouvert', 'staff'],
        ['bp-brouillon', 'staff'],
      ]);
    });

    it('gives an admin of the métropole every commune’s processes', async () => {
      const admin = await signInAs(ctx, 'admin', tree.metropole);
      const list = (await admin.get('/api/staff/processes').expect(200)).body as ManagedProcess[];
      expect(list.map((p) => p.slug).sort()).toEqual(['bp-ailleurs', 'bp-brouillon', 'bp-ouvert']);
    });

    it('keeps a quartier’s staff out of their commune’s processes', async () => {
      const staff = await signInAs(ctx, 'staff', tree.quartierA1);
      expect((await staff.get('/api/staff/processes').expect(200)).body).toEqual([]);
    });

    it('filters by kind', async () => {
      await create(official, tree.communeA, 'boite-a-idees', { kind: 'ideas' });
      const budgets = (await official.get('/api/staff/processes?kind=budget').expect(200)).body as ManagedProcess[];
      expect(budgets.map((p) => p.kind)).not.toContain('ideas');
      const res = await official.get('/api/staff/processes?kind=sondage').expect(400);
      expect(res.body.message.fr).toBeTruthy();
    });

    it('refuses a resident', async () => {
      const citizen = await signInAs(ctx, 'citizen', tree.communeA);
      expect((await citizen.get('/api/staff/processes').expect(403)).body.code).toBe('FORBIDDEN');
    });
  });

  describe('the process image', () => {
    const upload = (content: Buffer, processId = draft.id, as = official) =>
      as.post(`/api/processes/${processId}/image`).attach('file', content, { filename: 'photo.png', contentType: 'image/png' });

    it('stores an uploaded image and serves it to the team while the process is a draft', async () => {
      const detail = (await upload(PNG).expect(200)).body as ProcessDetail;
      expect(detail.imagePath).toMatch(new RegExp(`^/api/processes/${draft.id}/image/[0-9a-f-]{36}\\.png$`));
      const served = await official.get(detail.imagePath!).expect(200);
      expect(served.headers['content-type']).toBe('image/png');
      expect(served.headers['x-content-type-options']).toBe('nosniff');
      expect(Buffer.compare(served.body as Buffer, PNG)).toBe(0);
      await agent(ctx.app).get(detail.imagePath!).expect(404);
    });

    it('replaces the image: the new one by its bytes (a JPEG named .png), the old file removed', async () => {
      const [{ image_path: before }] = await ctx.sql<{ image_path: string }>(`SELECT image_path FROM processes WHERE id = $1`, [draft.id]);
      const detail = (await upload(JPEG).expect(200)).body as ProcessDetail;
      expect(detail.imagePath).toMatch(/\.jpg$/);
      const oldKey = `processes/${draft.id}/${before.split('/').pop()}`;
      expect(existsSync(join(ctx.dataDir, 'uploads', oldKey))).toBe(false);
      await official.get(before).expect(404);
      const audit = await ctx.sql(`SELECT count(*)::int AS n FROM audit_entries WHERE action = 'process.image' AND object_id = $1`, [draft.id]);
      expect(audit).toEqual([{ n: 2 }]);
    });

    it('shows the image to everyone once the process is out of draft', async () => {
      const detail = (await upload(PNG, open.id).expect(200)).body as ProcessDetail;
      const served = await request(ctx.app.getHttpServer()).get(detail.imagePath!).expect(200);
      expect(served.headers['cache-control']).toContain('public');
    });

    it('refuses a file that is not an image, and keeps the current one', async () => {
      const [before] = await ctx.sql(`SELECT image_path FROM processes WHERE id = $1`, [draft.id]);
      const res = await upload(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>')).expect(415);
      expect(res.body.code).toBe('IMAGE_TYPE_NOT_ALLOWED');
      expect(await ctx.sql(`SELECT image_path FROM processes WHERE id = $1`, [draft.id])).toEqual([before]);
    });

    it('refuses an upload without a file', async () => {
      expect((await official.post(`/api/processes/${draft.id}/image`).expect(400)).body.code).toBe('IMAGE_MISSING');
    });

    it('refuses staff and officials of another commune', async () => {
      const staff = await signInAs(ctx, 'staff', tree.communeA);
      await upload(PNG, draft.id, staff).expect(403);
      const other = await signInAs(ctx, 'official', tree.communeB);
      await upload(PNG, draft.id, other).expect(403);
    });

    it('refuses an image given as a link to another site', async () => {
      const res = await official.patch(`/api/processes/${draft.id}`).send({ imagePath: 'https://tracker.example/pixel.png' }).expect(400);
      expect(res.body.code).toBe('PROCESS_IMAGE_PATH');
      const created = await official.post('/api/processes').send({ territoryId: tree.communeA, kind: 'budget', slug: 'bp-lien', title: 'Lien', imagePath: '/x.png' }).expect(400);
      expect(created.body.code).toBe('PROCESS_IMAGE_PATH');
      expect(await ctx.sql(`SELECT 1 FROM processes WHERE slug = 'bp-lien'`)).toEqual([]);
    });

    it('keeps the image when the rest of the process is saved with it', async () => {
      const [{ image_path }] = await ctx.sql<{ image_path: string }>(`SELECT image_path FROM processes WHERE id = $1`, [draft.id]);
      const detail = (await official.patch(`/api/processes/${draft.id}`).send({ title: 'Nouveau titre', imagePath: image_path }).expect(200)).body as ProcessDetail;
      expect(detail.imagePath).toBe(image_path);
    });

    it('removes the image and its file', async () => {
      const [{ image_path }] = await ctx.sql<{ image_path: string }>(`SELECT image_path FROM processes WHERE id = $1`, [draft.id]);
      await official.delete(`/api/processes/${draft.id}/image`).expect(204);
      expect(await ctx.sql(`SELECT image_path FROM processes WHERE id = $1`, [draft.id])).toEqual([{ image_path: null }]);
      expect(existsSync(join(ctx.dataDir, 'uploads', `processes/${draft.id}/${image_path.split('/').pop()}`))).toBe(false);
      await official.get(image_path).expect(404);
    });

    it('removes the file too when the image is set to null with the rest of the process', async () => {
      const detail = (await upload(PNG).expect(200)).body as ProcessDetail;
      await official.patch(`/api/processes/${draft.id}`).send({ imagePath: null }).expect(200);
      expect(existsSync(join(ctx.dataDir, 'uploads', `processes/${draft.id}/${detail.imagePath!.split('/').pop()}`))).toBe(false);
      await official.get(detail.imagePath!).expect(404);
    });

    it('answers 404 for a file name the API never makes', async () => {
      expect((await official.get(`/api/processes/${draft.id}/image/..%2F..%2Fsecret.png`).expect(404)).body.code).toBe('PROCESS_IMAGE_NOT_FOUND');
    });
  });

  describe('DELETE /api/budgets/:id', () => {
    const envelope = async (processId: string, name: string) =>
      (await official.post(`/api/processes/${processId}/budgets`).send({ territoryId: tree.quartierA1, name, amountCents: 100000, ballotKind: 'knapsack', countingRule: 'greedy' }).expect(201)).body as Budget;

    it('removes an envelope before the vote, and its projects’ proposals return to feasible', async () => {
      const budget = await envelope(draft.id, 'Quartier A1 (erreur)');
      const [proposal] = await ctx.sql<{ id: string }>(
        `INSERT INTO proposals (process_id, territory_id, kind, title, description, status, feasible, assessed_at, final_cost_cents, published_at)
         VALUES ($1, $2, 'project', 'Bancs', 'Des bancs', 'feasible', true, now(), 15000, now()) RETURNING id`,
        [draft.id, tree.quartierA1],
      );
      await official.post(`/api/budgets/${budget.id}/projects`).send({ proposalId: proposal.id, title: 'Bancs', costCents: 15000 }).expect(201);
      await official.delete(`/api/budgets/${budget.id}`).expect(204);
      expect(await ctx.sql(`SELECT id FROM budgets WHERE id = $1`, [budget.id])).toEqual([]);
      expect(await ctx.sql(`SELECT status, ballot_project_id FROM proposals WHERE id = $1`, [proposal.id])).toEqual([{ status: 'feasible', ballot_project_id: null }]);
      expect(await ctx.sql(`SELECT actor_id FROM audit_entries WHERE action = 'budget.delete' AND object_id = $1`, [budget.id])).toEqual([{ actor_id: official.account.id }]);
    });

    it('refuses once the vote is open', async () => {
      const voting = await create(official, tree.communeA, 'bp-vote');
      const budget = await envelope(voting.id, 'A1');
      await official.post(`/api/processes/${voting.id}/phase`).send({ phase: 'vote' }).expect(200);
      const res = await official.delete(`/api/budgets/${budget.id}`).expect(409);
      expect(res.body.code).toBe('BUDGET_DELETE_TOO_LATE');
      expect(res.body.message.fr).toContain('vote ouvert');
      expect(await ctx.sql(`SELECT count(*)::int AS n FROM budgets WHERE id = $1`, [budget.id])).toEqual([{ n: 1 }]);
    });

    it('refuses once the rules are locked by a ballot', async () => {
      const budget = await envelope(draft.id, 'Verrouillée');
      await ctx.sql(`UPDATE budgets SET locked_at = now() WHERE id = $1`, [budget.id]);
      expect((await official.delete(`/api/budgets/${budget.id}`).expect(409)).body.code).toBe('RULES_LOCKED');
    });

    it('refuses staff', async () => {
      const budget = await envelope(draft.id, 'Pour le personnel');
      const staff = await signInAs(ctx, 'staff', tree.communeA);
      await staff.delete(`/api/budgets/${budget.id}`).expect(403);
    });
  });
});
