/**
 * A few seconds of memory for public answers that are the same for everyone and change rarely (the
 * territory list, a territory's outline). When a vote opens, thousands of residents load the same
 * map within a minute: one read every few seconds instead of one per visitor. Concurrent misses
 * share one read. Writes made through this process call {@link PublicReadCache.forget}, so this
 * process never serves an answer older than its own last change; another API process may serve
 * one for at most `ttlMs`, which for a territory's name or outline is harmless.
 *
 * Never for an answer that depends on who asks.
 */
export class PublicReadCache<T> {
  private readonly entries = new Map<string, { value: Promise<T>; expiresAt: number }>();
  /** Bumped by forget(): a read that started before a change is not kept after it. */
  private generation = 0;

  constructor(
    private readonly ttlMs: number,
    /** Beyond this many keys, expired entries are dropped, then the oldest. */
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string, read: () => Promise<T>): Promise<T> {
    const at = this.now();
    const found = this.entries.get(key);
    if (found && found.expiresAt > at) return found.value;
    const generation = this.generation;
    const value = read();
    this.entries.delete(key); // re-inserted last: Map order is then the order of expiry
    this.entries.set(key, { value, expiresAt: at + this.ttlMs });
    this.trim(at);
    // A failed read (unknown id, database error) is not remembered; neither is a read that a change overtook.
    value.then(
      () => {
        if (this.generation !== generation) this.drop(key, value);
      },
      () => this.drop(key, value),
    );
    return value;
  }

  /** After a change: every later get() reads again. */
  forget(): void {
    this.generation++;
    this.entries.clear();
  }

  private drop(key: string, value: Promise<T>): void {
    if (this.entries.get(key)?.value === value) this.entries.delete(key);
  }

  private trim(at: number): void {
    if (this.entries.size <= this.maxEntries) return;
    for (const [key, entry] of this.entries) if (entry.expiresAt <= at) this.entries.delete(key);
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(key);
    }
  }
}
