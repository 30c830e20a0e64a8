/**
 * Splits Pabulib's CSV dialect: `;` separates fields, a field holding `;` or `"` is wrapped in double
 * quotes and a quote inside is doubled. Whitespace around a field is dropped (the format's own example
 * writes `; `), but not inside quotes, so the writer can keep leading spaces by quoting.
 *
 * A record can span several lines when a quoted field contains a line break; {@link CsvRecordReader}
 * joins them and remembers the line the record started on, for error messages.
 */
/** One record: its fields, the line it starts on, and whether any quote appeared in it. */
export interface CsvRecord {
  fields: string[];
  line: number;
  quoted: boolean;
}

export class CsvRecordReader {
  private pending: string | null = null;
  private pendingLine = 0;

  /**
   * Feeds one physical line (without its line break). Returns the fields of the record it completes,
   * or null while a quoted field is still open.
   */
  pushLine(line: string, lineNumber: number): CsvRecord | null {
    if (this.pending !== null) {
      const joined = this.pending + '\n' + line;
      if (hasOpenQuote(joined)) {
        this.pending = joined;
        return null;
      }
      this.pending = null;
      return { fields: splitRecord(joined, this.pendingLine), line: this.pendingLine, quoted: true };
    }
    if (line.indexOf('"') === -1) return { fields: splitPlain(line), line: lineNumber, quoted: false };
    if (hasOpenQuote(line)) {
      this.pending = line;
      this.pendingLine = lineNumber;
      return null;
    }
    return { fields: splitRecord(line, lineNumber), line: lineNumber, quoted: true };
  }

  /** Line number where an unterminated quoted field started, if any. */
  openRecordLine(): number | null {
    return this.pending === null ? null : this.pendingLine;
  }
}

/** Fast path for the common line without quotes (every vote line of a large file). */
function splitPlain(line: string): string[] {
  const fields = line.split(';');
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i];
    const first = field.charCodeAt(0);
    const last = field.charCodeAt(field.length - 1);
    if (first === 32 || first === 9 || last === 32 || last === 9) fields[i] = field.trim();
  }
  return fields;
}

/** True when the text ends inside a quoted field (a quote opens a field only at its start). */
function hasOpenQuote(text: string): boolean {
  const START = 0;
  const UNQUOTED = 1;
  const QUOTED = 2;
  const CLOSED = 3;
  let state = START;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (state === QUOTED) {
      if (ch === 34) {
        if (text.charCodeAt(i + 1) === 34) i++;
        else state = CLOSED;
      }
    } else if (ch === 59) {
      state = START;
    } else if (state === START && ch === 34) {
      state = QUOTED;
    } else if (state === START && ch !== 32 && ch !== 9) {
      state = UNQUOTED;
    }
  }
  return state === QUOTED;
}

/** Thrown for a quote in the wrong place; the parser turns it into an error naming the line. */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

function splitRecord(text: string, line: number): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (text[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close === -1) throw new CsvSyntaxError('a quoted field is not closed', line);
        value += text.slice(i, close);
        if (text[close + 1] === '"') {
          value += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      while (text[i] === ' ' || text[i] === '\t') i++;
      if (i < text.length && text[i] !== ';') {
        throw new CsvSyntaxError('unexpected text after a closing quote', line);
      }
      fields.push(value);
    } else {
      const end = text.indexOf(';', i);
      const raw = end === -1 ? text.slice(i) : text.slice(i, end);
      if (raw.includes('"')) throw new CsvSyntaxError('a quote inside an unquoted field', line);
      fields.push(raw.trim());
      i = end === -1 ? text.length : end;
    }
    if (i >= text.length) return fields;
    i++; // skip the separator
  }
}
