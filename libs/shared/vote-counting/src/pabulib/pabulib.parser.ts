import { Decimal } from '../numbers/decimal.value';
import { CsvRecord, CsvRecordReader, CsvSyntaxError } from './csv-record.reader';
import { PabulibInstance, PabulibProject, VOTE_TYPES, VoteType } from './pabulib.model';
import { IdHashTable } from './id-hash.table';
import { PabulibErrorCode, PabulibParseError } from './pabulib-parse.error';
import { VotesReader } from './pabulib-votes.reader';

export { PabulibParseError };
export type { PabulibErrorCode };

/** Something tolerated but worth reporting (an empty line, a count in META that does not match). */
export interface PabulibWarning {
  readonly line: number;
  readonly message: string;
}

type Section = 'none' | 'meta' | 'projects' | 'votes';
const SECTION_ORDER: Section[] = ['none', 'meta', 'projects', 'votes'];
const MAX_WARNINGS = 100;

/**
 * Streaming reader of Pabulib `.pb` files: feed text with {@link push} in chunks of any size (a file
 * stream, a fetch body), then call {@link end}. Each line is parsed as it arrives and only the
 * compact columnar result is kept, so a file of hundreds of thousands of votes is never held twice.
 */
export class PabulibParser {
  private tail = '';
  private lineNumber = 0;
  private started = false;
  private finished = false;
  private readonly csv = new CsvRecordReader();
  private section: Section = 'none';
  private sectionLine = 0;
  private header: string[] | null = null;
  private readonly sectionSeen = new Set<Section>();
  private readonly collectedWarnings: PabulibWarning[] = [];
  private skippedWarnings = 0;

  private readonly meta = new Map<string, string>();
  private readonly metaLines = new Map<string, number>();
  private budget: Decimal | null = null;
  private voteType: VoteType | null = null;

  private projectColumns: string[] = [];
  private readonly projects: PabulibProject[] = [];
  private readonly projectIndex = new IdHashTable();
  private projectColumnIndex = { id: -1, cost: -1 };

  private votes: VotesReader | null = null;

  get warnings(): readonly PabulibWarning[] {
    return this.collectedWarnings;
  }

  /** Feeds the next piece of text; lines may be split anywhere between chunks. */
  push(chunk: string): void {
    if (this.finished) throw new Error('PabulibParser.push called after end()');
    if (!this.started) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    const text = this.tail + chunk;
    let start = 0;
    // Position of the next double quote at or after `start` (−1: none left), searched once per
    // chunk region, so checking each line for quotes stays linear.
    let quote = text.indexOf('"');
    for (;;) {
      const newline = text.indexOf('\n', start);
      if (newline === -1) break;
      const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
      if (quote !== -1 && quote < start) quote = text.indexOf('"', start);
      // The bulk of a file: a vote row without quotes, read in place without slicing the line.
      // Rows that could be empty or a section title take the general path, which knows them.
      if (
        this.votes !== null &&
        this.header !== null &&
        (quote === -1 || quote >= end) &&
        plainVoteRow(text, start, end) &&
        this.csv.openRecordLine() === null
      ) {
        this.votes.readPlain(text, start, end, ++this.lineNumber);
      } else {
        this.line(text.slice(start, end));
      }
      start = newline + 1;
    }
    this.tail = text.slice(start);
  }

  /** Parses what is left and returns the instance, or throws a {@link PabulibParseError}. */
  end(): PabulibInstance {
    if (this.finished) throw new Error('PabulibParser.end called twice');
    if (this.tail !== '') {
      const last = this.tail.endsWith('\r') ? this.tail.slice(0, -1) : this.tail;
      this.tail = '';
      this.line(last);
    }
    this.finished = true;
    const open = this.csv.openRecordLine();
    if (open !== null) throw new PabulibParseError('syntax', open, 'a quoted field is not closed');
    const endLine = Math.max(1, this.lineNumber);
    for (const section of ['meta', 'projects', 'votes'] as const) {
      if (!this.sectionSeen.has(section)) {
        throw new PabulibParseError('missing-section', endLine, `section ${section.toUpperCase()} is missing`);
      }
    }
    if (this.header === null) {
      throw new PabulibParseError('missing-header', this.sectionLine, 'the VOTES section has no header row');
    }
    const votes = this.votes!.build();
    this.checkCount('num_projects', this.projects.length);
    this.checkCount('num_votes', votes.voterIds.length);
    return {
      meta: this.meta,
      budget: this.budget!,
      voteType: this.voteType!,
      projectColumns: this.projectColumns,
      projects: this.projects,
      votes,
    };
  }

  private warn(line: number, message: string): void {
    if (this.collectedWarnings.length < MAX_WARNINGS) this.collectedWarnings.push({ line, message });
    else if (this.skippedWarnings++ === 0) this.collectedWarnings.push({ line, message: 'more warnings omitted' });
  }

  private checkCount(key: string, actual: number): void {
    const declared = this.meta.get(key);
    if (declared !== undefined && Number(declared) !== actual) {
      this.warn(this.metaLines.get(key) ?? 1, `${key} says ${declared} but the file holds ${actual}`);
    }
  }

  private line(text: string): void {
    const lineNumber = ++this.lineNumber;
    let record: CsvRecord | null;
    try {
      record = this.csv.pushLine(text, lineNumber);
    } catch (error) {
      if (error instanceof CsvSyntaxError) throw new PabulibParseError('syntax', error.line, error.message);
      throw error;
    }
    if (record === null) return;
    const { fields, line } = record;
    if (fields.length === 1 && fields[0] === '' && !record.quoted) {
      this.warn(line, 'empty line skipped');
      return;
    }
    // A quoted `"votes"` is data, not a title: that is how the writer keeps such values.
    const title = record.quoted ? null : sectionTitle(fields);
    if (title) return this.openSection(title, line);
    if (this.section === 'none') {
      throw new PabulibParseError('content-outside-section', line, 'text before the META section');
    }
    if (this.header === null) return this.readHeader(fields, line);
    if (fields.length !== this.header.length) {
      throw new PabulibParseError(
        'column-count',
        line,
        `${fields.length} fields where the ${this.section.toUpperCase()} header has ${this.header.length}`,
      );
    }
    if (this.section === 'votes') this.votes!.readFields(fields, line);
    else if (this.section === 'projects') this.readProject(fields, line);
    else this.readMeta(fields, line);
  }

  private openSection(section: Section, line: number): void {
    if (SECTION_ORDER.indexOf(section) <= SECTION_ORDER.indexOf(this.section)) {
      throw new PabulibParseError(
        'section-order',
        line,
        `section ${section.toUpperCase()} comes after ${this.section.toUpperCase()}; the order is META, PROJECTS, VOTES`,
      );
    }
    if (this.section !== 'none' && this.header === null) {
      throw new PabulibParseError('missing-header', this.sectionLine, `the ${this.section.toUpperCase()} section has no header row`);
    }
    for (const earlier of SECTION_ORDER.slice(1, SECTION_ORDER.indexOf(section))) {
      if (!this.sectionSeen.has(earlier)) {
        throw new PabulibParseError('missing-section', line, `section ${earlier.toUpperCase()} is missing before ${section.toUpperCase()}`);
      }
    }
    if (section === 'projects') this.closeMeta(line);
    this.section = section;
    this.sectionLine = line;
    this.sectionSeen.add(section);
    this.header = null;
  }

  private readHeader(fields: string[], line: number): void {
    const names = new Set<string>();
    for (const name of fields) {
      if (names.has(name)) throw new PabulibParseError('duplicate-column', line, `column "${name}" appears twice`);
      names.add(name);
    }
    const need = (column: string) => {
      if (!names.has(column)) {
        throw new PabulibParseError('missing-column', line, `the ${this.section.toUpperCase()} header has no "${column}" column`);
      }
    };
    if (this.section === 'meta') {
      need('key');
      need('value');
      if (fields.length !== 2) throw new PabulibParseError('column-count', line, 'the META header must be "key;value"');
    } else if (this.section === 'projects') {
      need('project_id');
      need('cost');
      this.projectColumns = fields;
      this.projectColumnIndex = { id: fields.indexOf('project_id'), cost: fields.indexOf('cost') };
    } else {
      need('voter_id');
      need('vote');
      this.votes = new VotesReader(fields, this.voteType!, this.projectIndex, line);
    }
    this.header = fields;
  }

  private readMeta(fields: string[], line: number): void {
    const keyAt = this.header!.indexOf('key');
    const key = fields[keyAt];
    let value = fields[1 - keyAt];
    if (key === '') throw new PabulibParseError('invalid-meta', line, 'a META row has an empty key');
    if (this.meta.has(key)) throw new PabulibParseError('duplicate-meta', line, `META key "${key}" appears twice`);
    if (key === 'budget') {
      const budget = parseAmount(value);
      if (budget === null || budget.isNegative()) {
        throw new PabulibParseError('invalid-meta', line, `budget "${value}" is not a non-negative number`);
      }
      if (value.includes(',')) this.warn(line, `budget "${value}" uses a decimal comma`);
      this.budget = budget;
      value = budget.toString();
    } else if (key === 'vote_type') {
      if (!(VOTE_TYPES as readonly string[]).includes(value)) {
        throw new PabulibParseError('invalid-meta', line, `unknown vote_type "${value}" (expected ${VOTE_TYPES.join(', ')})`);
      }
      this.voteType = value as VoteType;
    }
    this.meta.set(key, value);
    this.metaLines.set(key, line);
  }

  private closeMeta(line: number): void {
    if (this.budget === null) throw new PabulibParseError('missing-meta', line, 'META has no budget');
    if (this.voteType === null) throw new PabulibParseError('missing-meta', line, 'META has no vote_type');
  }

  private readProject(fields: string[], line: number): void {
    const id = fields[this.projectColumnIndex.id];
    const rawCost = fields[this.projectColumnIndex.cost];
    if (id === '') throw new PabulibParseError('invalid-project', line, 'a project has an empty project_id');
    if (this.projectIndex.find(id, 0, id.length) !== -1) {
      throw new PabulibParseError('duplicate-project', line, `project "${id}" appears twice`);
    }
    const cost = parseAmount(rawCost);
    if (cost === null) throw new PabulibParseError('invalid-cost', line, `project "${id}" has a non-numeric cost "${rawCost}"`);
    if (cost.isNegative()) throw new PabulibParseError('invalid-cost', line, `project "${id}" has a negative cost "${rawCost}"`);
    if (rawCost.includes(',')) this.warn(line, `project "${id}" cost "${rawCost}" uses a decimal comma`);
    // No prototype: a column may be called `__proto__`, and it must stay a column.
    const rest: Record<string, string> = Object.create(null);
    for (let c = 0; c < fields.length; c++) {
      if (c !== this.projectColumnIndex.id && c !== this.projectColumnIndex.cost) rest[this.projectColumns[c]] = fields[c];
    }
    this.projectIndex.add(id);
    this.projects.push({ id, cost, fields: rest });
  }
}

/**
 * True when `text[start, end)` can be neither empty nor a section title: long, or starting with a
 * character no title or blank line starts with.
 */
function plainVoteRow(text: string, start: number, end: number): boolean {
  if (end - start > 16) return true;
  if (end === start) return false;
  const first = text.charCodeAt(start) | 0x20; // lower case for letters
  return first !== 0x6d && first !== 0x70 && first !== 0x76 && first !== 0x20 && first !== 0x29 && first !== 0x3b;
}

/** The section a record opens, if it is a title line (`META`, `PROJECTS`, `VOTES`, any casing). */
function sectionTitle(fields: string[]): Section | null {
  const first = fields[0];
  if (first.length < 4 || first.length > 8) return null;
  for (let i = 1; i < fields.length; i++) if (fields[i] !== '') return null;
  const lower = first.toLowerCase();
  return lower === 'meta' || lower === 'projects' || lower === 'votes' ? lower : null;
}

/** A cost or budget; pabutools accepts a decimal comma there, so this reader does too. */
function parseAmount(text: string): Decimal | null {
  return Decimal.tryParse(text.includes(',') && !text.includes('.') ? text.replace(',', '.') : text);
}

/** Parses a whole `.pb` text at once (tests, browser uploads). */
export function parsePabulib(text: string): PabulibInstance {
  const parser = new PabulibParser();
  parser.push(text);
  return parser.end();
}
