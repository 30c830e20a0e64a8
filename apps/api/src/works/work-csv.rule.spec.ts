import { WORK_CSV_COLUMNS } from '@agora/contracts';

import { csvLine, headerProblems, parseCsv, readWorkRow } from './work-csv.rule';

const header = [...WORK_CSV_COLUMNS];
const row = (values: Partial<Record<(typeof WORK_CSV_COLUMNS)[number], string>>) => header.map((column) => values[column] ?? '');
const territory = '00000000-0000-4000-8000-000000000001';

describe('parseCsv', () => {
  it('reads quoted cells with separators, quotes and line breaks, and numbers lines as in the file', () => {
    const { header: names, rows } = parseCsv('\uFEFFa;b\r\n"x;1";"say ""hi"""\r\n"two\nlines";z\n');
    expect(names).toEqual(['a', 'b']);
    expect(rows).toEqual([
      { line: 2, cells: ['x;1', 'say "hi"'] },
      { line: 3, cells: ['two\nlines', 'z'] },
    ]);
  });

  it('guesses a comma separator', () => {
    expect(parseCsv('a,b\n1,2').rows[0].cells).toEqual(['1', '2']);
  });

  it('round-trips what csvLine writes', () => {
    const cells = ['{"type":"Point","coordinates":[1,2]}', 'a;b', null];
    expect(parseCsv(`x;y;z\n${csvLine(cells)}\n`).rows[0].cells).toEqual([cells[0], cells[1], '']);
  });
});

describe('headerProblems', () => {
  it('names missing and unknown columns', () => {
    expect(headerProblems(['id', 'titre'])).toEqual({ missing: WORK_CSV_COLUMNS.filter((c) => c !== 'id'), unknown: ['titre'] });
  });
});

describe('readWorkRow', () => {
  it('turns a row into a create request with cents', () => {
    const read = readWorkRow(header, { line: 2, cells: row({ territory_id: territory, title: 'Trottoirs', category: 'voirie', estimated_cost_eur: '1234,5' }) });
    expect(read.ok && read.id).toBeNull();
    expect(read.ok && read.body).toMatchObject({ title: 'Trottoirs', estimatedCostCents: 123450 });
  });

  it('rejects an unknown category', () => {
    const read = readWorkRow(header, { line: 2, cells: row({ territory_id: territory, title: 'X', category: 'piscine' }) });
    expect(read).toEqual({ ok: false, reason: { fr: 'Valeur invalide : category.', en: 'Invalid value: category.' } });
  });

  it('rejects a malformed amount', () => {
    expect(readWorkRow(header, { line: 2, cells: row({ territory_id: territory, title: 'X', category: 'voirie', estimated_cost_eur: '12 k€' }) }).ok).toBe(false);
  });
});
