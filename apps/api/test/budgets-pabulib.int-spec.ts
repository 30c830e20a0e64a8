import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { parsePabulib, tally } from '@agora/vote-counting';

import { PabulibTransferService } from '../src/budgets/pabulib-transfer.service';
import { insertSmallTree } from './support/territory-fixtures';
import { createTestContext, TestContext } from './support/test-app';

const PABULIB_DIR = resolve(__dirname, '../../../../shared/data/pabulib');
const read = (file: string) => readFileSync(join(PABULIB_DIR, file), 'utf8');

/** The `agora` CLI commands on a real database: a past vote imported and counted, then exported again. */
/** What `npm run agora -- import-pabulib / export-pabulib` does, on a real database (tools/agora is a thin shell over it). */
describe('Pabulib import and export (agora CLI)', () => {
  let ctx: TestContext;
  let transfer: PabulibTransferService;

  beforeAll(async () => {
    ctx = await createTestContext();
    await insertSmallTree(ctx);
    transfer = ctx.app.get(PabulibTransferService);
  });
  afterAll(() => ctx.close());

  it('imports a Method of Equal Shares vote as a closed process, counted like the library counts the file', async () => {
    const summary = await transfer.import(read('Netherlands_Assen_2024.pb'), 'commune-a', { slug: 'assen-2024' });
    const [process] = await ctx.sql<{ phase: string }>(`SELECT phase FROM processes WHERE id = $1`, [summary.processId]);
    expect(process.phase).toBe('closed');
    expect(summary.ballots).toBe(84);
    const expected = tally(parsePabulib(read('Netherlands_Assen_2024.pb')), { rule: 'mes', sat: 'cardinality', completion: 'add1' });
    expect(summary.selected).toEqual(expected.selected);
  });

  it('imports a cumulative vote and counts it with points', async () => {
    const summary = await transfer.import(read('France_Toulouse_2019.pb'), 'commune-a', { slug: 'toulouse-2019' });
    expect(summary.selected).toEqual(tally(parsePabulib(read('France_Toulouse_2019.pb')), { rule: 'greedy', sat: 'points' }).selected);
  });

  it('exports a file that re-parses with every ballot and recounts to the stored outcome', async () => {
    const [file] = await transfer.export('assen-2024');
    const instance = parsePabulib(file.content);
    expect(instance.votes.voterIds).toHaveLength(84);
    const [result] = await ctx.sql<{ outcome: { selected: string[] } }>(
      `SELECT r.outcome FROM budget_results r JOIN budgets b ON b.id = r.budget_id JOIN processes p ON p.id = b.process_id WHERE p.slug = 'assen-2024'`,
    );
    expect([...tally(instance, { rule: 'mes', sat: 'cardinality', completion: 'add1' }).selected].sort()).toEqual([...result.outcome.selected].sort());
  });

  it('refuses to import the same file twice under one address', async () => {
    await expect(transfer.import(read('Netherlands_Assen_2024.pb'), 'commune-a', { slug: 'assen-2024' })).rejects.toThrow(/already uses/);
  });

  it('refuses an unknown territory', async () => {
    await expect(transfer.import(read('Netherlands_Assen_2024.pb'), 'nowhere', {})).rejects.toThrow(/Unknown territory/);
  });
});
