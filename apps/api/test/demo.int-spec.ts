import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import request from 'supertest';

import { DEMO_PEOPLE } from '../src/demo/demo-accounts.data';
import { demoTerritories } from '../src/demo/demo-territories.data';
import { seedDemoData } from '../src/demo/demo.seed';
import { DemoSeeder } from '../src/demo/demo.seeder';
import { agent, createTestContext, TestContext } from './support/test-app';

describe('demo data', () => {
  let ctx: TestContext;
  const snapshot = async () => [
    await ctx.sql(
      `SELECT id, parent_id, name, slug, kind, insee_code, boundary, legal, updated_at FROM territories ORDER BY slug`,
    ),
    await ctx.sql(
      `SELECT id, email, password_hash, email_verified_at, home_territory_id, updated_at FROM accounts ORDER BY email`,
    ),
    await ctx.sql(`SELECT id, account_id, role, territory_id FROM role_assignments ORDER BY id`),
  ];

  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  it('seeds the métropole, three communes with three or four quartiers each, and one account per role', async () => {
    const accounts = await seedDemoData(ctx.app);
    expect(accounts.map((a) => a.role)).toEqual(['citizen', 'staff', 'official', 'admin']);
    const kinds = await ctx.sql<{ kind: string; n: number }>(
      `SELECT kind, count(*)::int AS n FROM territories GROUP BY kind ORDER BY kind`,
    );
    expect(kinds).toEqual([
      { kind: 'commune', n: 3 },
      { kind: 'metropole', n: 1 },
      { kind: 'quartier', n: 11 },
    ]);
    const [metropole] = await ctx.sql<{ name: string; legal: unknown }>(
      `SELECT name, legal FROM territories WHERE parent_id IS NULL`,
    );
    expect(metropole.name).toBe('Métropole de Démo');
    expect(metropole.legal).toMatchObject({
      dpoContact: expect.any(String),
      accessibilityStatus: 'non conforme',
    });
  });

  it('changes nothing when run again', async () => {
    const before = await snapshot();
    const accounts = await seedDemoData(ctx.app);
    expect(accounts).toHaveLength(4);
    expect(await snapshot()).toEqual(before);
  });

  it('lets each demo person sign in with the printed password, with the intended role', async () => {
    const [beaulieu] = await ctx.sql<{ id: string }>(
      `SELECT id FROM territories WHERE slug = 'beaulieu-sur-lierre'`,
    );
    const [roche] = await ctx.sql<{ id: string }>(`SELECT id FROM territories WHERE slug = 'roche-sur-orme'`);
    for (const person of DEMO_PEOPLE) {
      const browser = agent(ctx.app);
      const res = await browser
        .post('/api/auth/sign-in')
        .send({ email: person.email, password: person.password })
        .expect(200);
      expect(res.body).toMatchObject({
        email: person.email,
        emailVerified: true,
        roles: [expect.objectContaining({ role: person.role })],
      });
      const canAdmin = await browser.get(
        `/api/admin/roles?territoryId=${person.role === 'staff' ? beaulieu.id : roche.id}`,
      );
      expect(canAdmin.status).toBe(person.role === 'admin' ? 200 : 403);
    }
  });

  it('locates each demo quartier from a point inside it (the tiling itself is checked point by point in demo-territories.data.spec)', async () => {
    for (const territory of demoTerritories().filter((t) => t.kind === 'quartier')) {
      // The mean of a wedge's vertices lies inside it (the wedges are star-shaped around the commune centre).
      const ring = territory.boundary.coordinates[0] as number[][];
      const points = ring.slice(0, -1);
      const lng = points.reduce((sum, p) => sum + p[0], 0) / points.length;
      const lat = points.reduce((sum, p) => sum + p[1], 0) / points.length;
      const res = await request(ctx.app.getHttpServer())
        .get(`/api/territories/locate?lat=${lat}&lng=${lng}`)
        .expect(200);
      expect(res.body.slug).toBe(territory.slug);
    }
  });

  it('publishes the same accounts in DEMO_ACCOUNTS.md', () => {
    const table = readFileSync(join(__dirname, '../src/demo/DEMO_ACCOUNTS.md'), 'utf8');
    // One table row per person: | role … | where | `email` | `password` | (Prettier pads the cells).
    for (const person of DEMO_PEOPLE) {
      const row = new RegExp(
        `\\|\\s*${person.role}\\b[^|]*\\|[^|]*\\|\\s*\`${person.email}\`\\s*\\|\\s*\`${person.password}\`\\s*\\|`,
      );
      expect(table).toMatch(row);
    }
  });

  it('lets other modules add their own steps', () => {
    expect(
      ctx.app
        .get(DemoSeeder)
        .steps()
        .map((step) => step.name),
    ).toEqual(expect.arrayContaining(['territories', 'accounts']));
  });
});
