import { PublicReadCache } from './public-read.cache';

describe('PublicReadCache', () => {
  let now: number;
  let reads: number;
  const cache = () => new PublicReadCache<string>(5000, 3, () => now);
  const read = (value = 'v') => () => {
    reads++;
    return Promise.resolve(`${value}${reads}`);
  };

  beforeEach(() => {
    now = 1_000_000;
    reads = 0;
  });

  it('answers from memory within the time it keeps answers', async () => {
    const c = cache();
    expect(await c.get('a', read())).toBe('v1');
    now += 4999;
    expect(await c.get('a', read())).toBe('v1');
    expect(reads).toBe(1);
  });

  it('reads again once that time has passed', async () => {
    const c = cache();
    await c.get('a', read());
    now += 5000;
    expect(await c.get('a', read())).toBe('v2');
  });

  it('shares one read between requests that arrive while it runs', async () => {
    const c = cache();
    let finish: (value: string) => void = () => undefined;
    const slow = () => {
      reads++;
      return new Promise<string>((resolve) => (finish = resolve));
    };
    const both = Promise.all([c.get('a', slow), c.get('a', slow)]);
    finish('once');
    expect(await both).toEqual(['once', 'once']);
    expect(reads).toBe(1);
  });

  it('does not remember a failed read', async () => {
    const c = cache();
    await expect(c.get('a', () => Promise.reject(new Error('not found')))).rejects.toThrow('not found');
    expect(await c.get('a', read())).toBe('v1');
  });

  it('reads again at once after forget()', async () => {
    const c = cache();
    await c.get('a', read());
    c.forget();
    expect(await c.get('a', read())).toBe('v2');
  });

  it('does not keep a read that a change overtook', async () => {
    const c = cache();
    let finish: (value: string) => void = () => undefined;
    const before = c.get('a', () => new Promise<string>((resolve) => (finish = resolve)));
    c.forget();
    finish('stale');
    expect(await before).toBe('stale');
    expect(await c.get('a', read('fresh'))).toBe('fresh1');
  });

  it('keeps at most its number of entries, dropping the oldest', async () => {
    const c = cache();
    for (const key of ['a', 'b', 'c', 'd']) await c.get(key, read(key));
    expect(await c.get('d', read())).toBe('d4');
    expect(await c.get('a', read('again'))).toBe('again5');
  });
});
