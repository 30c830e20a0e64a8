import { createHash } from 'node:crypto';

/**
 * The projects in an order of their own for each visitor (against position bias: the first projects
 * of a list get more votes), stable for that visitor so the page does not reshuffle on reload.
 * Fisher–Yates driven by SHA-256 of the seed.
 */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const out = [...items];
  let counter = 0;
  let pool = Buffer.alloc(0);
  const nextUint32 = () => {
    if (pool.length < 4) pool = createHash('sha256').update(`${seed}\u0000${counter++}`).digest();
    const value = pool.readUInt32BE(0);
    pool = pool.subarray(4);
    return value;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = nextUint32() % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
