import { GroupedLookup, MAX_LOOKUP_GROUP } from './grouped-lookup.query';

/** A lookup whose queries are recorded and answered when the test says so. */
function recorded() {
  const queries: Array<{ keys: string[]; answer: (found: Record<string, number>) => void; fail: (e: Error) => void }> = [];
  const lookup = new GroupedLookup<number>(
    (keys) =>
      new Promise((resolve, reject) =>
        queries.push({ keys, answer: (found) => resolve(new Map(Object.entries(found))), fail: reject }),
      ),
  );
  return { lookup, queries };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('GroupedLookup', () => {
  it('looks a lone key up at once', async () => {
    const { lookup, queries } = recorded();
    const a = lookup.get('a');
    expect(queries.map((q) => q.keys)).toEqual([['a']]);
    queries[0].answer({ a: 1 });
    await expect(a).resolves.toBe(1);
  });

  it('groups the keys asked for while a query is in flight, each key once, and answers each with its own value', async () => {
    const { lookup, queries } = recorded();
    const first = lookup.get('a');
    const waiting = [lookup.get('b'), lookup.get('c'), lookup.get('b'), lookup.get('missing')];
    expect(queries).toHaveLength(1);
    queries[0].answer({ a: 1 });
    await tick();
    expect(queries.map((q) => q.keys)).toEqual([['a'], ['b', 'c', 'missing']]);
    queries[1].answer({ b: 2, c: 3 });
    await expect(first).resolves.toBe(1);
    await expect(Promise.all(waiting)).resolves.toEqual([2, 3, 2, null]);
  });

  it('fails only the requests of the failed group, then carries on', async () => {
    const { lookup, queries } = recorded();
    const a = lookup.get('a');
    const b = lookup.get('b');
    queries[0].fail(new Error('connection lost'));
    await expect(a).rejects.toThrow('connection lost');
    await tick();
    queries[1].answer({ b: 2 });
    await expect(b).resolves.toBe(2);
    const c = lookup.get('c');
    expect(queries[2].keys).toEqual(['c']);
    queries[2].answer({ c: 3 });
    await expect(c).resolves.toBe(3);
  });

  it('splits a long queue into groups of at most MAX_LOOKUP_GROUP keys', async () => {
    const { lookup, queries } = recorded();
    void lookup.get('first');
    const keys = Array.from({ length: MAX_LOOKUP_GROUP + 3 }, (_, i) => `k${i}`);
    const all = Promise.all(keys.map((k) => lookup.get(k)));
    queries[0].answer({});
    await tick();
    expect(queries[1].keys).toHaveLength(MAX_LOOKUP_GROUP);
    queries[1].answer(Object.fromEntries(keys.map((k, i) => [k, i])));
    await tick();
    expect(queries[2].keys).toEqual(keys.slice(MAX_LOOKUP_GROUP));
    queries[2].answer(Object.fromEntries(keys.map((k, i) => [k, i])));
    await expect(all).resolves.toEqual(keys.map((_, i) => i));
  });
});
