import { IdHashTable } from './id-hash.table';
import { PabulibVotes } from './pabulib.model';

/** An Int32Array that grows by doubling, so a million ballots are appended without a million arrays. */
export class Int32Builder {
  private buffer: Int32Array;
  length = 0;

  constructor(initialCapacity = 1024) {
    this.buffer = new Int32Array(initialCapacity);
  }

  push(value: number): void {
    if (this.length === this.buffer.length) {
      const grown = new Int32Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = value;
  }

  get(index: number): number {
    return this.buffer[index];
  }

  /** A right-sized copy (the builder's slack is dropped). */
  build(): Int32Array {
    return this.buffer.slice(0, this.length);
  }
}

/** The same for points, which also rescales when a value with more decimals arrives. */
export class PointsBuilder {
  private buffer = new Float64Array(1024);
  length = 0;
  scale = 0;

  /**
   * Appends `units / 10^scale`. Points are small numbers, so units stay far below 2^53 and the doubles
   * hold them exactly; the caller checks {@link Number.isSafeInteger} on what it passes.
   */
  push(units: number, scale: number): boolean {
    if (scale > this.scale) {
      const factor = 10 ** (scale - this.scale);
      for (let i = 0; i < this.length; i++) {
        this.buffer[i] *= factor;
        if (!Number.isSafeInteger(this.buffer[i])) return false;
      }
      this.scale = scale;
    } else if (scale < this.scale) {
      units *= 10 ** (this.scale - scale);
    }
    if (!Number.isSafeInteger(units)) return false;
    if (this.length === this.buffer.length) {
      const grown = new Float64Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = units;
    return true;
  }

  build(): Float64Array {
    return this.buffer.slice(0, this.length);
  }
}

/** Accumulates the VOTES section column by column. */
export class VotesBuilder {
  private readonly voters = new IdHashTable(1024);
  readonly offsets = new Int32Builder();
  readonly projects = new Int32Builder(4096);
  readonly points: PointsBuilder | null;
  // No prototype: a voter column may be called `__proto__`, and it must stay a column.
  readonly extra: Record<string, string[]> = Object.create(null);

  constructor(
    readonly columns: readonly string[],
    hasPoints: boolean,
    readonly extraColumns: readonly string[],
  ) {
    this.offsets.push(0);
    this.points = hasPoints ? new PointsBuilder() : null;
    for (const column of extraColumns) this.extra[column] = [];
  }

  get voterIds(): string[] {
    return this.voters.ids;
  }

  /** False when the voter id was already used. */
  addVoter(id: string): boolean {
    return this.voters.add(id) !== -1;
  }

  closeBallot(): void {
    this.offsets.push(this.projects.length);
  }

  build(): PabulibVotes {
    return {
      columns: [...this.columns],
      voterIds: this.voterIds,
      offsets: this.offsets.build(),
      projects: this.projects.build(),
      points: this.points ? this.points.build() : null,
      pointScale: this.points ? this.points.scale : 0,
      extra: this.extra,
    };
  }
}
