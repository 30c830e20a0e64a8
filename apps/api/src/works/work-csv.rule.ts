import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import { CreateWorkRequest, LocalizedText, UpdateWorkRequest, WORK_CSV_COLUMNS } from '@agora/contracts';

export type WorkCsvColumn = (typeof WORK_CSV_COLUMNS)[number];

export interface CsvRow {
  /** Physical line of the file where the row starts (1 = the header). */
  line: number;
  cells: string[];
}

/**
 * RFC 4180 CSV with `;` (French spreadsheets) or `,` separators, guessed from the header: quoted cells
 * may hold separators, quotes ("") and line breaks, which is how a GeoJSON `place` or a long description
 * travels.
 */
export function parseCsv(text: string): { header: string[]; rows: CsvRow[] } {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const separator = firstLine.split(';').length >= firstLine.split(',').length ? ';' : ',';
  const records: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let touched = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        cell += char;
      }
      continue;
    }
    if (char === '"' && cell === '') {
      quoted = true;
      touched = true;
    } else if (char === separator) {
      cells.push(cell);
      cell = '';
      touched = true;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      cells.push(cell);
      if (touched || cells.some((c) => c !== '')) records.push({ line: start, cells });
      cells = [];
      cell = '';
      touched = false;
      line++;
      start = line;
    } else {
      cell += char;
      touched = true;
    }
  }
  if (touched || cell !== '') {
    cells.push(cell);
    records.push({ line: start, cells });
  }
  const [header, ...rows] = records;
  return { header: (header?.cells ?? []).map((name) => name.trim().toLowerCase()), rows };
}

/** `ignored`: columns an import accepts and skips (those the open-data export adds). */
export function headerProblems(header: readonly string[], ignored: readonly string[] = []): { missing: string[]; unknown: string[] } {
  const known = new Set<string>([...WORK_CSV_COLUMNS, ...ignored]);
  return {
    missing: WORK_CSV_COLUMNS.filter((column) => !header.includes(column)),
    unknown: header.filter((column) => !known.has(column) || header.indexOf(column) !== header.lastIndexOf(column)),
  };
}

export type RowRead =
  | { ok: true; id: string | null; body: CreateWorkRequest | UpdateWorkRequest }
  | { ok: false; reason: LocalizedText };

const reject = (fr: string, en: string): RowRead => ({ ok: false, reason: { fr, en } });

/** "1234,50" or "1234.50" euros → cents; empty → null; anything else → undefined. */
function euros(value: string): number | null | undefined {
  if (value === '') return null;
  if (!/^\d{1,12}([.,]\d{1,2})?$/.test(value)) return undefined;
  return Math.round(Number(value.replace(',', '.')) * 100);
}

function integer(value: string): number | null | undefined {
  if (value === '') return null;
  return /^\d{1,6}$/.test(value) ? Number(value) : undefined;
}

/**
 * One data row as the JSON body staff would send for it, validated by the same class-validator rules.
 * An empty `id` creates a work; an `id` updates it (every column is then written, empty = cleared).
 */
export function readWorkRow(header: readonly string[], row: CsvRow): RowRead {
  const value = (column: WorkCsvColumn) => (row.cells[header.indexOf(column)] ?? '').trim();
  if (row.cells.length !== header.length) {
    return reject(`${row.cells.length} cellules au lieu de ${header.length}.`, `${row.cells.length} cells instead of ${header.length}.`);
  }
  const money: Record<string, number | null> = {};
  for (const [column, key] of [['estimated_cost_eur', 'estimatedCostCents'], ['amount_spent_eur', 'amountSpentCents']] as const) {
    const cents = euros(value(column));
    if (cents === undefined) return reject(`${column} : montant en euros attendu (ex. 12500,50).`, `${column}: an amount in euros is expected (e.g. 12500.50).`);
    money[key] = cents;
  }
  const ints: Record<string, number | null> = {};
  for (const [column, key] of [['progress', 'progress'], ['estimated_duration_days', 'estimatedDurationDays']] as const) {
    const number = integer(value(column));
    if (number === undefined) return reject(`${column} : nombre entier attendu.`, `${column}: a whole number is expected.`);
    ints[key] = number;
  }
  let place: unknown = null;
  if (value('place') !== '') {
    try {
      place = JSON.parse(value('place'));
    } catch {
      return reject('place : GeoJSON illisible.', 'place: unreadable GeoJSON.');
    }
  }
  const id = value('id') || null;
  const plain: Record<string, unknown> = {
    territoryId: value('territory_id'),
    title: value('title'),
    category: value('category'),
    status: value('status') || undefined,
    statusReason: value('status_reason') || null,
    description: value('description'),
    place,
    plannedStartOn: value('planned_start_on') || null,
    plannedEndOn: value('planned_end_on') || null,
    actualStartOn: value('actual_start_on') || null,
    actualEndOn: value('actual_end_on') || null,
    budgetLine: value('budget_line') || null,
    ...money,
    estimatedDurationDays: ints['estimatedDurationDays'],
    ...(ints['progress'] !== null ? { progress: ints['progress'] } : {}),
  };
  if (id && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return reject('id : identifiant inconnu.', 'id: unknown identifier.');
  const body = plainToInstance(id ? UpdateWorkRequest : CreateWorkRequest, plain);
  const errors = validateSync(body, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) {
    const fields = errors.map((error) => csvName(error.property)).join(', ');
    return reject(`Valeur invalide : ${fields}.`, `Invalid value: ${fields}.`);
  }
  return { ok: true, id, body };
}

const CSV_NAMES: Record<string, string> = {
  territoryId: 'territory_id',
  statusReason: 'status_reason',
  estimatedCostCents: 'estimated_cost_eur',
  amountSpentCents: 'amount_spent_eur',
  estimatedDurationDays: 'estimated_duration_days',
  plannedStartOn: 'planned_start_on',
  plannedEndOn: 'planned_end_on',
  actualStartOn: 'actual_start_on',
  actualEndOn: 'actual_end_on',
  budgetLine: 'budget_line',
};
const csvName = (property: string) => CSV_NAMES[property] ?? property;

/** One CSV line, `;`-separated, every cell quoted when it must be. */
export function csvLine(cells: ReadonlyArray<string | number | null>): string {
  return cells
    .map((cell) => {
      const text = cell === null ? '' : String(cell);
      return /[";\r\n,]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(';');
}
