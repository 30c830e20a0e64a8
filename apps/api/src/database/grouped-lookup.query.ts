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
