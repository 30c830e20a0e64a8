/** The most keys one grouped query looks up; a longer queue is looked up in several. */
export const MAX_LOOKUP_GROUP = 64;

interface Pending<T> {
  key: string;
  done: (value: T | null) => void;
  failed: (error: unknown) => void;
}

/**
 * Looks keys up in groups: while one query is in flight, the keys asked for meanwhile wait, then go
 * together in the next one (`WHERE key = ANY($1)`). A lone request waits for nothing; under load
 * (a vote opening: hundreds of requests a second, each finding its session first) one round trip
 * serves many, which spares PostgreSQL and the API a statement each. The same key asked twice at
 * once is looked up once. A failed query fails the requests of its group only.
 */
export class GroupedLookup<T> {
  private waiting: Pending<T>[] = [];
  private inFlight = false;

  constructor(private readonly lookUp: (keys: string[]) => Promise<Map<string, T>>) {}

  get(key: string): Promise<T | null> {
    const found = new Promise<T | null>((done, failed) => this.waiting.push({ key, done, failed }));
    if (!this.inFlight) void this.drain();
    return found;
  }

  private async drain(): Promise<void> {
    this.inFlight = true;
    try {
      while (this.waiting.length) {
        const group = this.waiting.splice(0, MAX_LOOKUP_GROUP);
        try {
          const found = await this.lookUp([...new Set(group.map((p) => p.key))]);
          for (const p of group) p.done(found.get(p.key) ?? null);
        } catch (error) {
          for (const p of group) p.failed(error);
        }
      }
    } finally {
      this.inFlight = false;
    }
  }
}

/**
 * The keys of a grouped statement padded to a power of two (repeating the last one), with the
 * placeholders listing them, e.g. `ARRAY[$2::uuid, $3::uuid]`. Each size is its own prepared statement
 * (at most 7 up to MAX_LOOKUP_GROUP) whose row count PostgreSQL knows when it plans it, so it keeps one
 * good generic plan: with a single array parameter it either planned anew on every call (planning cost
 * more than running) or, given a length-blind estimate, scanned whole tables.
 */
export function keyPlaceholders<T>(keys: T[], firstIndex: number, type: string): { size: number; padded: T[]; list: string } {
  let size = 1;
  while (size < keys.length) size *= 2;
  const padded = [...keys, ...Array<T>(size - keys.length).fill(keys[keys.length - 1])];
  const list = `ARRAY[${padded.map((_, i) => `$${firstIndex + i}::${type}`).join(', ')}]`;
  return { size, padded, list };
}
