import request from 'supertest';

import { RoleService } from '../src/access/role.service';
import { insertSmallTree, SmallTree } from './support/territory-fixtures';
import { agent, createAccount, createTestContext, signInAs, TestContext } from './support/test-app';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('roles per territory', () => {
  let ctx: TestContext;
  let tree: SmallTree;
  let admin: Awaited<ReturnType<typeof signInAs>>;

  beforeAll(async () => {
    ctx = await createTestContext();
    tree = await insertSmallTree(ctx);
    admin = await signInAs(ctx, 'admin', tree.metropole, { displayName: 'Admin Métropole' });
  });
  afterAll(async () => ctx.close());

  const auditOf = (action: string) =>
    ctx.sql<{ actor_id: string; object_id: string; territory_id: string; before: unknown; after: unknown }>(
      `SELECT actor_id, object_id, territory_id, before, after FROM audit_entries WHERE action = $1 ORDER BY id`,
      [action],
    );

  describe('inheritance down the tree', () => {
    it('lets a staff member of a commune act in it and its quartiers only', async () => {
      const staff = await createAccount(ctx);
      await ctx.sql(
        `INSERT INTO role_assignments (account_id, role, territory_id) VALUES ($1, 'staff', $2)`,
        [staff.id, tree.communeA],
      );
      const roles = ctx.app.get(RoleService);
      expect(await roles.hasRole(staff.id, ['staff'], tree.communeA)).toBe(true);
      expect(await roles.hasRole(staff.id, ['staff'], tree.quartierA1)).toBe(true);
      expect(await roles.hasRole(staff.id, ['staff'], tree.communeB)).toBe(false);
      expect(await roles.hasRole(staff.id, ['staff'], tree.metropole)).toBe(false);
      expect(await roles.hasRole(staff.id, ['admin', 'official'], tree.quartierA1)).toBe(false);
    });

    it('tells an unknown territory apart from a refusal', async () => {
      expect(await ctx.app.get(RoleService).check(admin.account.id, ['admin'], UNKNOWN_ID)).toBe(
        'unknownTerritory',
      );
    });

    it('lets an admin of a commune manage its quartiers but not its métropole or another commune', async () => {
      const communeAdmin = await signInAs(ctx, 'admin', tree.communeA);
      await communeAdmin
        .patch(`/api/territories/${tree.quartierA2}`)
        .send({ name: 'Quartier A2 renommé' })
        .expect(200);
      await communeAdmin
        .patch(`/api/territories/${tree.metropole}`)
        .send({ name: 'Prise de pouvoir' })
        .expect(403);
      await communeAdmin.patch(`/api/territories/${tree.communeB}`).send({ name: 'Voisine' }).expect(403);
      const names = await ctx.sql<{ name: string }>(
        `SELECT name FROM territories WHERE id = ANY($1) ORDER BY name`,
        [[tree.metropole, tree.communeB]],
      );
      expect(names.map((row) => row.name)).toEqual(['Commune B', 'Métropole Test']);
    });
  });

  describe('the guard', () => {
    it('asks anonymous callers to sign in (401) before looking at the territory', async () => {
      const res = await request(ctx.app.getHttpServer())
        .get('/api/admin/roles?territoryId=not-a-uuid')
        .expect(401);
      expect(res.body).toMatchObject({
        code: 'UNAUTHENTICATED',
        message: { fr: expect.any(String), en: expect.any(String) },
      });
    });

    it('refuses a person without the role with a 403', async () => {
      const citizen = await signInAs(ctx, 'citizen', tree.metropole);
      const res = await citizen.get(`/api/admin/roles?territoryId=${tree.metropole}`).expect(403);
      expect(res.body).toMatchObject({
        code: 'FORBIDDEN',
        message: { fr: expect.any(String), en: expect.any(String) },
      });
    });

    it('refuses an admin whose address is not confirmed', async () => {
      const unverified = await signInAs(ctx, 'admin', tree.metropole, { verified: false });
      const res = await unverified.get(`/api/admin/roles?territoryId=${tree.metropole}`).expect(403);
      expect(res.body.code).toBe('EMAIL_NOT_VERIFIED');
    });

    it('answers a malformed territory id with a 400', async () => {
      const res = await admin.get('/api/admin/roles?territoryId=12').expect(400);
      expect(res.body).toMatchObject({ code: 'INVALID_ID', fields: [{ field: 'territoryId' }] });
    });

    it('answers a missing territory id with a 400', async () => {
      const res = await admin.get('/api/admin/roles').expect(400);
      expect(res.body.code).toBe('TERRITORY_REQUIRED');
    });

    it('answers an unknown territory with a 404', async () => {
      const res = await admin.get(`/api/admin/roles?territoryId=${UNKNOWN_ID}`).expect(404);
      expect(res.body.code).toBe('TERRITORY_NOT_FOUND');
    });

    it('refuses a territory id given twice in the query', async () => {
      await admin
        .get(`/api/admin/roles?territoryId=${tree.metropole}&territoryId=${tree.communeA}`)
        .expect(400);
    });
  });

  describe('granting', () => {
    it('grants a role to an existing account, and audits it', async () => {
      const person = await createAccount(ctx, { displayName: 'Agent B', email: 'Agent.B@example.fr' });
      const res = await admin
        .post('/api/admin/roles')
        .send({ email: 'agent.b@EXAMPLE.fr', role: 'staff', territoryId: tree.communeB })
        .expect(201);
      expect(res.body).toMatchObject({
        accountId: person.id,
        displayName: 'Agent B',
        email: 'Agent.B@example.fr',
        role: 'staff',
        territoryId: tree.communeB,
        territoryName: 'Commune B',
        grantedAt: expect.any(String),
      });
      const rows = await ctx.sql(`SELECT granted_by FROM role_assignments WHERE id = $1`, [res.body.id]);
      expect(rows).toEqual([{ granted_by: admin.account.id }]);
      expect(await auditOf('role.grant')).toContainEqual({
        actor_id: admin.account.id,
        object_id: res.body.id,
        territory_id: tree.communeB,
        before: null,
        after: { accountId: person.id, role: 'staff', territoryId: tree.communeB },
      });
    });

    it('lists the assignments of a territory and its descendants', async () => {
      const res = await admin.get(`/api/admin/roles?territoryId=${tree.communeB}`).expect(200);
      expect(res.body.map((a: { role: string; territoryId: string }) => [a.role, a.territoryId])).toEqual([
        ['staff', tree.communeB],
      ]);
      const all = await admin.get(`/api/admin/roles?territoryId=${tree.metropole}`).expect(200);
      expect(all.body.length).toBeGreaterThan(2);
    });

    it('answers an unknown e-mail with a 404 that says what to do', async () => {
      const before = await ctx.sql(`SELECT count(*)::int AS n FROM role_assignments`);
      const res = await admin
        .post('/api/admin/roles')
        .send({ email: 'nobody@example.fr', role: 'staff', territoryId: tree.communeB })
        .expect(404);
      expect(res.body.code).toBe('ACCOUNT_NOT_FOUND');
      expect(res.body.message.fr).toContain('nobody@example.fr');
      expect(res.body.message.en).toContain('nobody@example.fr');
      expect(await ctx.sql(`SELECT count(*)::int AS n FROM role_assignments`)).toEqual(before);
    });

    it('answers a role granted twice with a 409', async () => {
      await createAccount(ctx, { email: 'twice@example.fr' });
      await admin
        .post('/api/admin/roles')
        .send({ email: 'twice@example.fr', role: 'official', territoryId: tree.communeA })
        .expect(201);
      const res = await admin
        .post('/api/admin/roles')
        .send({ email: 'twice@example.fr', role: 'official', territoryId: tree.communeA })
        .expect(409);
      expect(res.body.code).toBe('ROLE_ALREADY_GRANTED');
    });

    it('refuses an admin of a commune granting on the métropole', async () => {
      const communeAdmin = await signInAs(ctx, 'admin', tree.communeA);
      await createAccount(ctx, { email: 'ambitious@example.fr' });
      await communeAdmin
        .post('/api/admin/roles')
        .send({ email: 'ambitious@example.fr', role: 'admin', territoryId: tree.metropole })
        .expect(403);
      expect(
        await ctx.sql(
          `SELECT 1 FROM role_assignments ra JOIN accounts a ON a.id = ra.account_id WHERE a.email = 'ambitious@example.fr'`,
        ),
      ).toEqual([]);
    });

    it('refuses an unknown role, a bad e-mail and unknown fields with a 400 in French and English', async () => {
      const res = await admin
        .post('/api/admin/roles')
        .send({ email: 'not-an-email', role: 'mayor', territoryId: tree.communeA, extra: true })
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
        'email',
        'extra',
        'role',
      ]);
      for (const field of res.body.fields)
        expect(field.message).toEqual({ fr: expect.any(String), en: expect.any(String) });
    });
  });

  describe('revoking', () => {
    it('revokes a role and audits the state before', async () => {
      const person = await createAccount(ctx, { email: 'leaving@example.fr' });
      const granted = await admin
        .post('/api/admin/roles')
        .send({ email: 'leaving@example.fr', role: 'staff', territoryId: tree.quartierA1 })
        .expect(201);
      await admin.delete(`/api/admin/roles/${granted.body.id}`).expect(204);
      expect(await ctx.sql(`SELECT 1 FROM role_assignments WHERE id = $1`, [granted.body.id])).toEqual([]);
      expect(await auditOf('role.revoke')).toContainEqual({
        actor_id: admin.account.id,
        object_id: granted.body.id,
        territory_id: tree.quartierA1,
        before: { accountId: person.id, role: 'staff', territoryId: tree.quartierA1 },
        after: null,
      });
    });

    it('refuses an admin of another commune', async () => {
      await createAccount(ctx, { email: 'kept@example.fr' });
      const granted = await admin
        .post('/api/admin/roles')
        .send({ email: 'kept@example.fr', role: 'staff', territoryId: tree.communeA })
        .expect(201);
      const otherAdmin = await signInAs(ctx, 'admin', tree.communeB);
      await otherAdmin.delete(`/api/admin/roles/${granted.body.id}`).expect(403);
      expect(await ctx.sql(`SELECT 1 FROM role_assignments WHERE id = $1`, [granted.body.id])).toHaveLength(
        1,
      );
    });

    it('refuses people who administer nothing, and asks signed-out callers to sign in', async () => {
      const staff = await signInAs(ctx, 'staff', tree.metropole);
      const [assignment] = await ctx.sql<{ id: string }>(`SELECT id FROM role_assignments LIMIT 1`);
      await staff.delete(`/api/admin/roles/${assignment.id}`).expect(403);
      await agent(ctx.app).delete(`/api/admin/roles/${assignment.id}`).expect(401);
    });

    it('answers an unknown assignment with a 404 and a malformed id with a 400', async () => {
      expect((await admin.delete(`/api/admin/roles/${UNKNOWN_ID}`).expect(404)).body.code).toBe(
        'ROLE_ASSIGNMENT_NOT_FOUND',
      );
      expect((await admin.delete('/api/admin/roles/abc').expect(400)).body.code).toBe('INVALID_ID');
    });

    it('refuses to remove the last admin of a territory', async () => {
      const [root] = await ctx.sql<{ id: string }>(
        `INSERT INTO territories (name, slug, kind) VALUES ('Seule', 'seule', 'epci') RETURNING id`,
      );
      const onlyAdmin = await signInAs(ctx, 'admin', root.id);
      const [own] = await ctx.sql<{ id: string }>(`SELECT id FROM role_assignments WHERE account_id = $1`, [
        onlyAdmin.account.id,
      ]);
      const res = await onlyAdmin.delete(`/api/admin/roles/${own.id}`).expect(409);
      expect(res.body.code).toBe('LAST_ADMIN');
      expect(await ctx.sql(`SELECT 1 FROM role_assignments WHERE id = $1`, [own.id])).toHaveLength(1);
    });

    it('lets an admin of the métropole remove a commune admin', async () => {
      const communeAdmin = await signInAs(ctx, 'admin', tree.communeB);
      const [assignment] = await ctx.sql<{ id: string }>(
        `SELECT id FROM role_assignments WHERE account_id = $1`,
        [communeAdmin.account.id],
      );
      await admin.delete(`/api/admin/roles/${assignment.id}`).expect(204);
      await communeAdmin.patch(`/api/territories/${tree.communeB}`).send({ name: 'Plus admin' }).expect(403);
    });
  });
});
