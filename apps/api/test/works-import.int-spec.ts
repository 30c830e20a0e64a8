import type { WorkImportReport } from '@agora/contracts';
import { WORK_CSV_COLUMNS } from '@agora/contracts';

import type { Agent } from './support/budget-fixtures';
import { insertSmallTree, SmallTree } from './support/territory-fixtures';
import { createTestContext, signInAs, TestContext } from './support/test-app';

const header = WORK_CSV_COLUMNS.join(';');
const line = (values: Partial<Record<(typeof WORK_CSV_COLUMNS)[number], string>>) =>
  WORK_CSV_COLUMNS.map((column) => {
    const value = values[column] ?? '';
    return /[;"\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  }).join(';');

describe('works: bulk CSV import by staff', () => {
  let ctx: TestContext;
  let tree: SmallTree;
  let staff: Agent;
  const count = async () => (await ctx.sql<{ n: number }>(`SELECT count(*)::int AS n FROM works`))[0].n;
  const send = (csv: string, as: Agent = staff, territoryId = tree.communeA) =>
    as.post(`/api/works/import?territoryId=${territoryId}`).set('Content-Type', 'text/csv').send(csv);

  beforeAll(async () => {
    ctx = await createTestContext();
    tree = await insertSmallTree(ctx);
    staff = await signInAs(ctx, 'staff', tree.communeA);
  });
  afterAll(() => ctx.close());

  it('refuses a file with wrong columns, naming them, and writes nothing', async () => {
    const res = await send('id;titre;categorie\n;Trottoirs;voirie\n').expect(400);
    expect(res.body.code).toBe('WORK_CSV_COLUMNS');
    expect(res.body.message.fr).toContain('titre');
    expect(res.body.message.en).toContain('Missing: territory_id');
    expect(await count()).toBe(0);
  });

  it('refuses a body that is not text/csv', async () => {
    const res = await staff.post(`/api/works/import?territoryId=${tree.communeA}`).send({ csv: header }).expect(415);
    expect(res.body.code).toBe('WORK_CSV_TYPE');
  });

  it('refuses a file over 2 MB', async () => {
    const res = await send(`${header}\n${'x'.repeat(2 * 1024 * 1024)}`).expect(413);
    expect(res.body.code).toBe('WORK_CSV_TOO_LARGE');
  });

  it('applies the good rows and reports each bad one with its line and reason', async () => {
    const csv = [
      header,
      line({ territory_id: tree.quartierA1, title: 'Rue des Lilas', category: 'voirie', status: 'programme', estimated_cost_eur: '12500,50', place: JSON.stringify({ type: 'Point', coordinates: [3, 3] }), description: 'Chaussée; trottoirs\net bordures' }),
      line({ territory_id: tree.quartierA1, title: 'Piscine', category: 'piscine' }),
      line({ territory_id: tree.quartierA2, title: 'Éclairage du parc', category: 'eclairage', place: JSON.stringify({ type: 'Point', coordinates: [3, 3] }) }),
      line({ territory_id: tree.communeB, title: 'Ailleurs', category: 'voirie' }),
      line({ territory_id: tree.quartierA2, title: 'Abandon sans raison', category: 'voirie', status: 'abandonne' }),
      line({ territory_id: tree.quartierA2, title: 'École Jules-Ferry', category: 'ecole', progress: '30', status: 'en_travaux' }),
    ].join('\r\n');
    const report = (await send(csv).expect(200)).body as WorkImportReport;
    expect(report.created).toBe(2);
    expect(report.updated).toBe(0);
    expect(report.rejected.map((r) => r.line)).toEqual([4, 5, 6, 7]);
    expect(report.rejected[0].reason.fr).toContain('category');
    expect(report.rejected[1].reason.fr).toContain('Quartier A2');
    expect(report.rejected[3].reason.en).toBe('Say why the works are abandoned.');
    const rows = await ctx.sql<{ title: string; estimated_cost_cents: string; description: string }>(`SELECT title, estimated_cost_cents, description FROM works ORDER BY created_at, title`);
    expect(rows.map((r) => r.title).sort()).toEqual(['Rue des Lilas', 'École Jules-Ferry']);
    expect(rows.find((r) => r.title === 'Rue des Lilas')).toMatchObject({ estimated_cost_cents: '1250050', description: 'Chaussée; trottoirs\net bordures' });
  });

  it('updates existing works from an edited open-data export', async () => {
    const exported = await staff.get(`/api/works/open-data.csv?territoryId=${tree.communeA}`).expect(200);
    const edited = exported.text.replace('en_travaux;', 'termine;').replace(';30;', ';100;');
    const report = (await send(edited).expect(200)).body as WorkImportReport;
    expect(report).toMatchObject({ created: 0, updated: 2, rejected: [] });
    const [school] = await ctx.sql<{ status: string; progress: number }>(`SELECT status, progress FROM works WHERE title = 'École Jules-Ferry'`);
    expect(school).toEqual({ status: 'termine', progress: 100 });
    const audit = await ctx.sql(`SELECT action FROM audit_entries WHERE action = 'work.import'`);
    expect(audit).toHaveLength(2);
  });

  it('refuses staff of another commune', async () => {
    const other = await signInAs(ctx, 'staff', tree.communeB);
    await send(`${header}\n`, other).expect(403);
  });
});
