import { createHmac } from 'node:crypto';

/** The identifying fields of a person, as typed at the counter, by the resident, or in the census file. */
export interface IdentityFields {
  lastName: string;
  firstName: string;
  /** YYYY-MM-DD */
  birthDate: string;
}

/**
 * Names are typed in many ways ("Lefèvre-Dupont", "LEFEVRE DUPONT "): accents, case, hyphens,
 * apostrophes and repeated spaces are ignored so that the same person always gives the same hash.
 */
export function normaliseName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[’'\-‐–_.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** YYYY-MM-DD, or DD/MM/YYYY as French files write it; null when it is not a real date. */
export function normaliseBirthDate(value: string): string | null {
  const trimmed = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const french = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(trimmed);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : french ? [french[3], french[2], french[1]] : [];
  if (!year) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return `${year}-${month}-${day}`;
}

/**
 * Salted (per process) HMAC of the normalised fields: the census is stored as these hashes only, so
 * the table alone does not say who is on the list, and two processes' hashes cannot be joined.
 */
export function identityHash(salt: Buffer, fields: IdentityFields): Buffer | null {
  const birthDate = normaliseBirthDate(fields.birthDate);
  const last = normaliseName(fields.lastName);
  const first = normaliseName(fields.firstName);
  if (!birthDate || !last || !first) return null;
  return createHmac('sha256', salt).update(`${last}\u0000${first}\u0000${birthDate}`).digest();
}

export interface CensusLine {
  line: number;
  fields: IdentityFields;
  quartier: string | null;
}

export interface CensusParse {
  lines: CensusLine[];
  rejected: Array<{ line: number; reason: { fr: string; en: string } }>;
}

const HEADERS = { lastName: ['nom', 'last_name', 'lastname'], firstName: ['prenom', 'prénom', 'first_name', 'firstname'], birthDate: ['date_naissance', 'naissance', 'birth_date', 'birthdate'], quartier: ['quartier'] };

/** Reads a census CSV (`;` or `,` separated, a header line naming nom, prénom, date_naissance and optionally quartier). */
export function parseCensusCsv(text: string): CensusParse {
  const rows = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const separator = (rows[0] ?? '').includes(';') ? ';' : ',';
  const header = (rows[0] ?? '').split(separator).map((cell) => normaliseName(cell).replace(/ /g, '_'));
  const column = (names: string[]) => header.findIndex((cell) => names.map((n) => normaliseName(n).replace(/ /g, '_')).includes(cell));
  const [last, first, birth, quartier] = [column(HEADERS.lastName), column(HEADERS.firstName), column(HEADERS.birthDate), column(HEADERS.quartier)];
  const result: CensusParse = { lines: [], rejected: [] };
  if (last < 0 || first < 0 || birth < 0) {
    result.rejected.push({ line: 1, reason: { fr: 'La première ligne doit nommer les colonnes nom, prenom et date_naissance.', en: 'The first line must name the columns nom, prenom and date_naissance.' } });
    return result;
  }
  rows.slice(1).forEach((row, index) => {
    if (row.trim() === '') return;
    const cells = row.split(separator).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
    const fields = { lastName: cells[last] ?? '', firstName: cells[first] ?? '', birthDate: cells[birth] ?? '' };
    if (!normaliseName(fields.lastName) || !normaliseName(fields.firstName) || !normaliseBirthDate(fields.birthDate)) {
      result.rejected.push({ line: index + 2, reason: { fr: 'Nom, prénom ou date de naissance manquant ou invalide.', en: 'Missing or invalid last name, first name or date of birth.' } });
      return;
    }
    result.lines.push({ line: index + 2, fields, quartier: quartier >= 0 ? cells[quartier] || null : null });
  });
  return result;
}
