import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { runTally } from './tally.command';

jest.setTimeout(60_000);

// The shared fixtures sit beside the checkout: <root>/../shared/data/pabulib.
const DATA = resolve(__dirname, '../../../shared/data/pabulib');

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runTally(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('npm run tally', () => {
  it('prints exactly one JSON object with --json', async () => {
    const { code, stdout, stderr } = await run(join(DATA, 'Netherlands_Assen_2024.pb'), '--rule', 'mes', '--completion', 'add1', '--tie-break', 'id', '--json');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]);
    expect(Object.keys(result)).toEqual(['selected', 'budgetUsed', 'rule', 'ms']);
    expect(result).toMatchObject({ selected: ['11', '12', '13', '14', '2', '3', '5', '6', '9'], budgetUsed: '76700', rule: 'mes' });
    expect(Number.isInteger(result.ms)).toBe(true);
  });

  it('prints a table by default', async () => {
    const { code, stdout } = await run(join(DATA, 'Poland_Gdansk_2020_Przerobka.pb'), '--rule', 'greedy');
    expect(code).toBe(0);
    expect(stdout).toContain('budget 242800, used 55900, 3 of 3 projects funded');
    expect(stdout).toMatch(/ {3}1 3 +3 Miejsce do wypoczynku/);
  });

  it('accepts --flag=value', async () => {
    const { code, stdout } = await run(join(DATA, 'Switzerland_Zurich_D10.pb'), '--rule=greedy', '--sat=points', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).rule).toBe('greedy');
  });

  it.each([
    [['--rule', 'mes'], 'tally: no .pb file given'],
    [['x.pb'], 'tally: --rule is required'],
    [['x.pb', '--rule', 'best'], 'tally: --rule must be one of greedy, greedy-no-skip, mes, not "best"'],
    [['x.pb', '--rule', 'mes', '--sat'], 'tally: --sat needs a value (cost, cardinality, points)'],
    [['x.pb', '--rule', 'greedy', '--completion', 'add1'], 'tally: --completion add1 only applies to --rule mes'],
    [['x.pb', '--rule', 'mes', '--fast'], 'tally: unknown option --fast'],
  ])('exits with 2 and the usage on a bad command line %j', async (argv, message) => {
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message + '\n');
    expect(stderr).toContain('usage: npm run tally -- FILE.pb');
  });

  it('exits with 2 when the file does not exist', async () => {
    const { code, stderr } = await run('/nonexistent/vote.pb', '--rule', 'greedy');
    expect(code).toBe(2);
    expect(stderr).toBe('tally: cannot read /nonexistent/vote.pb: no such file\n');
  });

  it('exits with 2 and names the line of a malformed file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tally-')), 'broken.pb');
    writeFileSync(file, 'META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;ten\nVOTES\nvoter_id;vote\n');
    const { code, stderr } = await run(file, '--rule', 'greedy');
    expect(code).toBe(2);
    expect(stderr).toBe(`tally: ${file}: line 7: project "1" has a non-numeric cost "ten"\n`);
  });

  it('exits with 2 when points are asked of a file without points', async () => {
    const { code, stderr } = await run(join(DATA, 'US_Stanford_Dataset_PB_Chicago_35th_Ward_2021_vote_rankings.pb'), '--rule', 'mes', '--sat', 'points');
    expect(code).toBe(2);
    expect(stderr).toContain('points satisfaction needs a points column');
  });
});
