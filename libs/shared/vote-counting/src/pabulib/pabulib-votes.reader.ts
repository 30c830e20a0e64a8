import { Decimal } from '../numbers/decimal.value';
import { IdHashTable } from './id-hash.table';
import { PabulibParseError } from './pabulib-parse.error';
import { PabulibVotes, VoteType } from './pabulib.model';
import { VotesBuilder } from './pabulib-votes.builder';

/**
 * Reads the rows of the VOTES section. Rows without quotes (all of them in practice) are read in
 * place: field bounds are found with indexOf, project ids are looked up by their characters, and the
 * only strings created are the voter id and the extra columns. Quoted rows come already split.
 */
export class VotesReader {
  private readonly builder: VotesBuilder;
  private readonly voterColumn: number;
  private readonly voteColumn: number;
  private readonly pointsColumn: number;
  private readonly extraColumns: number[];
  private readonly extraNames: string[];
  private readonly bounds: Int32Array;
  private readonly ballotStamp: Int32Array;

  constructor(
    private readonly header: readonly string[],
    voteType: VoteType,
    private readonly projects: IdHashTable,
    line: number,
  ) {
    this.voterColumn = header.indexOf('voter_id');
    this.voteColumn = header.indexOf('vote');
    this.pointsColumn = header.indexOf('points');
    if (this.pointsColumn === -1 && (voteType === 'cumulative' || voteType === 'scoring')) {
      throw new PabulibParseError('missing-column', line, `${voteType} votes need a "points" column`);
    }
    this.extraNames = header.filter((name) => name !== 'voter_id' && name !== 'vote' && name !== 'points');
    this.extraColumns = this.extraNames.map((name) => header.indexOf(name));
    this.builder = new VotesBuilder(header, this.pointsColumn !== -1, this.extraNames);
    this.bounds = new Int32Array(2 * header.length);
    this.ballotStamp = new Int32Array(projects.size);
  }

  /** A row already split into fields (it had quotes). */
  readFields(fields: string[], line: number): void {
    if (fields.length !== this.header.length) throw this.columnCount(fields.length, line);
    const joined = fields.join('\u0000');
    let start = 0;
    fields.forEach((field, c) => {
      this.bounds[2 * c] = start;
      this.bounds[2 * c + 1] = start + field.length;
      start += field.length + 1;
    });
    this.readRow(joined, line);
  }

  /** A row without quotes, `text[from, to)`, read in place. */
  readPlain(text: string, from: number, to: number, line: number): void {
    const columns = this.header.length;
    let start = from;
    for (let c = 0; c < columns; c++) {
      let separator = to;
      if (c < columns - 1) {
        separator = text.indexOf(';', start);
        if (separator === -1 || separator >= to) throw this.columnCount(c + 1, line);
      }
      let first = start;
      let end = separator;
      while (first < end && isBlank(text.charCodeAt(first))) first++;
      while (end > first && isBlank(text.charCodeAt(end - 1))) end--;
      this.bounds[2 * c] = first;
      this.bounds[2 * c + 1] = end;
      start = separator + 1;
    }
    const extra = text.indexOf(';', this.bounds[2 * columns - 2]);
    if (extra !== -1 && extra < to) throw this.columnCount(text.slice(from, to).split(';').length, line);
    this.readRow(text, line);
  }

  build(): PabulibVotes {
    return this.builder.build();
  }

  private columnCount(found: number, line: number): PabulibParseError {
    return new PabulibParseError('column-count', line, `${found} fields where the VOTES header has ${this.header.length}`);
  }

  private field(text: string, column: number): string {
    return text.slice(this.bounds[2 * column], this.bounds[2 * column + 1]);
  }

  private readRow(text: string, line: number): void {
    const builder = this.builder;
    const voterId = this.field(text, this.voterColumn);
    if (!builder.addVoter(voterId)) throw new PabulibParseError('duplicate-voter', line, `voter "${voterId}" appears twice`);
    const stamp = builder.voterIds.length;
    let listed = 0;
    const start = this.bounds[2 * this.voteColumn];
    const end = this.bounds[2 * this.voteColumn + 1];
    // Ids are scanned by hand: an unbounded indexOf(',') could run far past this row into the
    // rest of the chunk when a file has one project per ballot.
    for (let tokenStart = start; start < end; ) {
      let tokenEnd = tokenStart;
      while (tokenEnd < end && text.charCodeAt(tokenEnd) !== 44) tokenEnd++;
      let first = tokenStart;
      let last = tokenEnd;
      while (first < last && isBlank(text.charCodeAt(first))) first++;
      while (last > first && isBlank(text.charCodeAt(last - 1))) last--;
      const index = this.projects.find(text, first, last);
      if (index === -1) {
        throw new PabulibParseError('unknown-project', line, `voter "${voterId}" votes for unknown project "${text.slice(first, last)}"`);
      }
      if (this.ballotStamp[index] === stamp) {
        throw new PabulibParseError('duplicate-vote', line, `voter "${voterId}" lists project "${text.slice(first, last)}" twice`);
      }
      this.ballotStamp[index] = stamp;
      builder.projects.push(index);
      listed++;
      if (tokenEnd >= end) break;
      tokenStart = tokenEnd + 1;
    }
    if (this.pointsColumn !== -1) this.readPoints(text, listed, voterId, line);
    builder.closeBallot();
    for (let k = 0; k < this.extraColumns.length; k++) builder.extra[this.extraNames[k]].push(this.field(text, this.extraColumns[k]));
  }

  private readPoints(text: string, expected: number, voterId: string, line: number): void {
    const listed = this.field(text, this.pointsColumn);
    const values = listed === '' ? [] : listed.split(',');
    if (values.length !== expected) {
      throw new PabulibParseError('invalid-points', line, `voter "${voterId}" has ${values.length} points for ${expected} projects`);
    }
    for (const raw of values) {
      const value = raw.trim();
      let units: number;
      let scale = 0;
      if (/^\d{1,15}$/.test(value)) {
        units = Number(value);
      } else {
        const decimal = Decimal.tryParse(value);
        if (decimal === null) throw new PabulibParseError('invalid-points', line, `voter "${voterId}" has non-numeric points "${value}"`);
        units = Number(decimal.units);
        scale = decimal.scale;
      }
      if (!this.builder.points!.push(units, scale)) {
        throw new PabulibParseError('invalid-points', line, `points "${value}" are too large or too precise`);
      }
    }
  }
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}
