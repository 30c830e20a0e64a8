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

type Rejection = CensusParse['rejected'][number];

/**
 * Reads a census CSV one line at a time (`;` or `,` separated, a header line naming nom, prénom,
 * date_naissance and optionally quartier), so that a file of any size streams through it.
 */
export class CensusCsvReader {
  private columns: { last: number; first: number; birth: number; quartier: number } | null = null;
  private separator = ';';
  private seenHeader = false;

  /** One physical line (1 = the header): a person, a rejection, or null for the header or a blank line. */
  read(row: string, line: number): CensusLine | Rejection | null {
    if (!this.seenHeader) {
      this.seenHeader = true;
      return this.readHeader(row.replace(/^\uFEFF/, ''));
    }
    if (row.trim() === '') return null;
    if (!this.columns) return null;
    const { last, first, birth, quartier } = this.columns;
    const cells = row.split(this.separator).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
    const fields = { lastName: cells[last] ?? '', firstName: cells[first] ?? '', birthDate: cells[birth] ?? '' };
    if (!normaliseName(fields.lastName) || !normaliseName(fields.firstName) || !normaliseBirthDate(fields.birthDate)) {
      return { line, reason: { fr: 'Nom, prénom ou date de naissance manquant ou invalide.', en: 'Missing or invalid last name, first name or date of birth.' } };
    }
    return { line, fields, quartier: quartier >= 0 ? cells[quartier] || null : null };
  }

  private readHeader(row: string): Rejection | null {
    this.separator = row.includes(';') ? ';' : ',';
    const header = row.split(this.separator).map((cell) => normaliseName(cell).replace(/ /g, '_'));
    const column = (names: string[]) => header.findIndex((cell) => names.map((n) => normaliseName(n).replace(/ /g, '_')).includes(cell));
    const [last, first, birth, quartier] = [column(HEADERS.lastName), column(HEADERS.firstName), column(HEADERS.birthDate), column(HEADERS.quartier)];
    if (last < 0 || first < 0 || birth < 0) {
      return { line: 1, reason: { fr: 'La première ligne doit nommer les colonnes nom, prenom et date_naissance.', en: 'The first line must name the columns nom, prenom and date_naissance.' } };
    }
    this.columns = { last, first, birth, quartier };
    return null;
  }
}

export function isRejection(read: CensusLine | Rejection): read is Rejection {
  return 'reason' in read;
}

/** A whole census CSV held in memory (the JSON upload). */
export function parseCensusCsv(text: string): CensusParse {
  const reader = new CensusCsvReader();
  const result: CensusParse = { lines: [], rejected: [] };
  for (const [index, row] of text.split(/\r?\n/).entries()) {
    const read = reader.read(row, index + 1);
    if (!read) continue;
    if (isRejection(read)) {
      result.rejected.push(read);
      if (read.line === 1) return result;
    } else result.lines.push(read);
  }
  return result;
}
