import { Injectable } from '@nestjs/common';

/** Entries kept per API process: a few per open consultation (quartier filters, text pages). */
const MAX_ENTRIES = 200;

/**
 * Computed results, kept in this process until something they depend on changes. The key holds
 * everything that can change them: the number of stored responses (responses are only ever added,
 * never edited or removed, so the count is their version), the definition's version (wording), the
 * texts staff hid, the quartier filter and the text pages. Every process reads those from
 * PostgreSQL on each request, so a new answer taken by another process invalidates this cache too.
 * Least recently used entries go first.
 */
@Injectable()
export class ResultsCache<T = unknown> {
  private readonly entries = new Map<string, T>();

  get(key: string): T | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: T): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
