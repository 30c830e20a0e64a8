import { DataSource } from 'typeorm';

import { AuditService } from '../src/audit/audit.service';
import { insertSmallTree, SmallTree } from './support/territory-fixtures';
import { agent, createTestContext, signInAs, TestContext } from './support/test-app';
import { downloadPersonalData } from './support/downloads';

describe('audit log', () => {
  let ctx: TestContext;
  let tree: SmallTree;
  let admin: Awaited<ReturnType<typeof signInAs>>;

  beforeAll(async () => {
    ctx = await createTestContext();
    tree = await insertSmallTree(ctx);
    admin = await signInAs(ctx, 'admin', tree.metropole, { displayName: 'Alex Admin' });
    // Three audited changes: one on the métropole, one in commune A, one in commune B.
    await admin.patch(`/api/territories/${tree.metropole}`).send({ name: 'Métropole renommée' }).expect(200);
    await admin.patch(`/api/territories/${tree.quartierA1}`).send({ name: 'A1 renommé' }).expect(200);
    await admin.patch(`/api/territories/${tree.communeB}`).send({ name: 'B renommée' }).expect(200);
  });
  afterAll(async () => ctx.close());

  describe('reading', () => {
    it('gives an admin the entries of the territory and its descendants, newest first, with who and what', async () => {
      const res = await admin.get(`/api/admin/audit?territoryId=${tree.metropole}`).expect(200);
      expect(res.body).toMatchObject({ total: 3, page: 1, pageSize: 50 });
      expect(res.body.items.map((e: { objectId: string }) => e.objectId)).toEqual([
        tree.communeB,
        tree.quartierA1,
        tree.metropole,
      ]);
      expect(res.body.items[0]).toEqual({
        id: expect.any(String),
        at: expect.any(String),
        actorId: admin.account.id,
        actorName: 'Alex Admin',
        action: 'territory.update',
        objectType: 'territory',
        objectId: tree.communeB,
        territoryId: tree.communeB,
        before: expect.objectContaining({ name: 'Commune B' }),
        after: expect.objectContaining({ name: 'B renommée' }),
      });
    });

    it('narrows to a commune and its quartiers', async () => {
      const res = await admin.get(`/api/admin/audit?territoryId=${tree.communeA}`).expect(200);
      expect(res.body.items.map((e: { objectId: string }) => e.objectId)).toEqual([tree.quartierA1]);
    });

    it('pages', async () => {
      const res = await admin
        .get(`/api/admin/audit?territoryId=${tree.metropole}&page=2&pageSize=2`)
        .expect(200);
      expect(res.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(res.body.items.map((e: { objectId: string }) => e.objectId)).toEqual([tree.metropole]);
    });

    it('refuses an admin of a commune reading the métropole, staff, and signed-out callers', async () => {
      const communeAdmin = await signInAs(ctx, 'admin', tree.communeA);
      await communeAdmin.get(`/api/admin/audit?territoryId=${tree.metropole}`).expect(403);
      await communeAdmin.get(`/api/admin/audit?territoryId=${tree.communeA}`).expect(200);
      const staff = await signInAs(ctx, 'staff', tree.metropole);
      await staff.get(`/api/admin/audit?territoryId=${tree.metropole}`).expect(403);
      await agent(ctx.app).get(`/api/admin/audit?territoryId=${tree.metropole}`).expect(401);
    });

    it('refuses bad paging with a 400 in French and English', async () => {
      for (const query of ['page=0', 'pageSize=201', 'page=abc', 'page=1.5', 'sort=at']) {
        const res = await admin.get(`/api/admin/audit?territoryId=${tree.metropole}&${query}`).expect(400);
        expect(res.body.fields[0].message).toEqual({ fr: expect.any(String), en: expect.any(String) });
      }
    });
  });

  it('lists a person’s own actions in their “my data” export', async () => {
    const res = await downloadPersonalData(admin);
    expect(
      res.body.other.auditLog.map((e: { action: string; objectId: string }) => [e.action, e.objectId]),
    ).toEqual([
      ['territory.update', tree.metropole],
      ['territory.update', tree.quartierA1],
      ['territory.update', tree.communeB],
    ]);
  });

  describe('append-only in the database', () => {
    it('refuses UPDATE', async () => {
      await expect(ctx.sql(`UPDATE audit_entries SET action = 'rewritten'`)).rejects.toThrow(/append-only/);
      expect(await ctx.sql(`SELECT 1 FROM audit_entries WHERE action = 'rewritten'`)).toEqual([]);
    });

    it('refuses DELETE', async () => {
      await expect(ctx.sql(`DELETE FROM audit_entries`)).rejects.toThrow(/append-only/);
      expect((await ctx.sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_entries`))[0].n).toBe(3);
    });

    it('refuses TRUNCATE', async () => {
      await expect(ctx.sql(`TRUNCATE audit_entries`)).rejects.toThrow(/append-only/);
    });

    it('refuses them through the application connection too', async () => {
      await expect(ctx.app.get(DataSource).query(`DELETE FROM audit_entries WHERE id = 1`)).rejects.toThrow(
        /append-only/,
      );
    });

    it('accepts INSERT', async () => {
      await ctx.app.get(AuditService).record({
        actorId: null,
        action: 'test.insert',
        objectType: 'test',
        objectId: null,
        territoryId: null,
      });
      expect(await ctx.sql(`SELECT before, after FROM audit_entries WHERE action = 'test.insert'`)).toEqual([
        { before: null, after: null },
      ]);
    });
  });

  describe('in the caller’s transaction', () => {
    it('writes nothing when the change rolls back', async () => {
      const audit = ctx.app.get(AuditService);
      await ctx.app
        .get(DataSource)
        .transaction(async (manager) => {
          await audit.record(
            {
              actorId: null,
              action: 'test.rolled-back',
              objectType: 'test',
              objectId: '1',
              territoryId: null,
              before: { a: 1 },
              after: { a: 2 },
            },
            manager,
          );
          throw new Error('the change failed');
        })
        .catch(() => undefined);
      expect(await ctx.sql(`SELECT 1 FROM audit_entries WHERE action = 'test.rolled-back'`)).toEqual([]);
    });

    it('writes nothing for a refused change', async () => {
      const before = (await ctx.sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_entries`))[0].n;
      await admin.patch(`/api/territories/${tree.communeA}`).send({ slug: 'commune-b' }).expect(409);
      expect((await ctx.sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_entries`))[0].n).toBe(
        before,
      );
    });
  });
});
