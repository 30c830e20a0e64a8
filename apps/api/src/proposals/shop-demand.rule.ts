import type { ShopDemandRow } from '@agora/contracts';

/** A CSV field: quoted when needed, and a leading formula character neutralised for spreadsheets (the ideas' open data uses it too). */
export function csvField(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The shop demand as CSV (UTF-8, comma-separated, French column names, as French open data uses). */
export function shopDemandCsv(rows: readonly ShopDemandRow[]): string {
  const header = ['type_commerce', 'territoire_id', 'territoire', 'souhaits', 'soutiens'];
  const lines = rows.map((row) =>
    [row.shopType, row.territoryId, row.territoryName, row.wishes, row.supports].map(csvField).join(','),
  );
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}
