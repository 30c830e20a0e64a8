import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import request from 'supertest';

import type { BudgetProcessPage, ProcessResults } from '@agora/contracts';

import { DEMO_FINISHED_SLUG, DEMO_OPEN_SLUG } from '../src/budgets/demo/demo-budget.data';
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
    await ctx.sql(`SELECT id, slug, phase, updated_at FROM processes ORDER BY slug`),
    await ctx.sql(`SELECT id, process_id, amount_cents, locked_at, updated_at FROM budgets ORDER BY id`),
    await ctx.sql(`SELECT id, title, lng, lat, image_path, updated_at FROM ballot_projects ORDER BY id`),
    await ctx.sql(`SELECT id, content, receipt_hash FROM ballots ORDER BY id`),
    await ctx.sql(`SELECT count(*)::int AS n FROM participations`),
    await ctx.sql(`SELECT budget_id, counted_at FROM budget_results ORDER BY budget_id`),
    await ctx.sql(`SELECT filename, sha256 FROM open_data_files ORDER BY filename`),
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
    ).toEqual(expect.arrayContaining(['territories', 'accounts', 'budget']));
  });

  it('opens the 2026 budget for voting: a city-wide envelope and one per quartier, projects with a place and a picture', async () => {
    const http = request(ctx.app.getHttpServer());
    const { process, budgets } = (await http.get(`/api/budget-processes/${DEMO_OPEN_SLUG}`).expect(200)).body as BudgetProcessPage;
    expect(process.phase).toBe('vote');
    expect(budgets.map((b) => b.name)).toEqual(['Toute la ville', 'Quartier Les Tilleuls', 'Quartier Le Moulin', 'Quartier Les Coteaux', 'Quartier La Gare']);
    const projects = budgets.flatMap((b) => b.projects);
    expect(projects.length).toBeGreaterThanOrEqual(12);
    const quartiers = await ctx.sql<{ id: string; slug: string }>(`SELECT id, slug FROM territories WHERE kind = 'quartier'`);
    const slugOf = new Map(quartiers.map((q) => [q.id, q.slug]));
    for (const project of projects) {
      expect(project).toMatchObject({ address: expect.any(String), category: expect.any(String), imagePath: `/api/ballot-projects/${project.id}/image` });
      const image = await http.get(project.imagePath!).expect(200).expect('Content-Type', 'image/png');
      expect((image.body as Buffer).subarray(1, 4).toString()).toBe('PNG');
      const located = await http.get(`/api/territories/locate?lat=${project.lat}&lng=${project.lng}`).expect(200);
      expect(located.body.slug).toBe(slugOf.get(project.quartierId!));
    }
    const [{ n }] = await ctx.sql<{ n: number }>(`SELECT count(*)::int AS n FROM participations WHERE process_id = $1`, [process.id]);
    expect(n).toBe(0);
  });

  it('publishes the results of the 2025 budget, with its open-data files', async () => {
    const http = request(ctx.app.getHttpServer());
    const results = (await http.get(`/api/processes/${DEMO_FINISHED_SLUG}/results`).expect(200)).body as ProcessResults;
    expect(results.published).toBe(true);
    expect(results.participants).toBe(200);
    expect(results.budgets).toHaveLength(5);
    expect(results.budgets.every((b) => b.projects.some((p) => p.funded))).toBe(true);
    expect(results.files.map((f) => f.kind).filter((k) => k === 'pabulib')).toHaveLength(5);
    const pabulib = await http.get(results.files[0].url).expect(200);
    expect(pabulib.text).toContain('VOTES');
  });

  it('lets the demo citizen vote in the open process', async () => {
    const camille = DEMO_PEOPLE.find((p) => p.role === 'citizen')!;
    const browser = agent(ctx.app);
    await browser.post('/api/auth/sign-in').send({ email: camille.email, password: camille.password }).expect(200);
    const { process, budgets } = (await browser.get(`/api/budget-processes/${DEMO_OPEN_SLUG}`).expect(200)).body as BudgetProcessPage;
    const tilleuls = budgets.find((b) => b.name === 'Quartier Les Tilleuls')!;
    await browser.post(`/api/processes/${process.id}/ballots`).send({ budgetId: tilleuls.id, projectIds: [tilleuls.projects[0].id] }).expect(201);
  });
});
