/** Rounds half away from zero to `decimals` places, the way results are read aloud. */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
}

/** `count` out of `total` in percent, one decimal; 0 out of 0 is 0 %, not an error. */
export function percent(count: number, total: number): number {
  // count * 1000 / total is computed first so 1 / 3 gives 33.3, not 33.300000000000004.
  return total === 0 ? 0 : Math.round((count * 1000) / total) / 10;
}

/** A value and how many times it was given. */
export interface ValueCount {
  value: number;
  count: number;
}

/**
 * Mean of a distribution sorted by value. Summing in value order, not in arrival order, makes the
 * floating-point result the same however the answers arrived.
 */
export function meanOf(sorted: readonly ValueCount[]): number | null {
  let sum = 0;
  let total = 0;
  for (const { value, count } of sorted) {
    sum += value * count;
    total += count;
  }
  return total === 0 ? null : sum / total;
}

/** Median of a distribution sorted by value: the middle value, or the mean of the two middle ones. */
export function medianOf(sorted: readonly ValueCount[]): number | null {
  const total = sorted.reduce((sum, entry) => sum + entry.count, 0);
  if (total === 0) return null;
  const lower = valueAt(sorted, Math.floor((total - 1) / 2));
  const upper = valueAt(sorted, Math.floor(total / 2));
  return (lower + upper) / 2;
}

function valueAt(sorted: readonly ValueCount[], index: number): number {
  let seen = 0;
  for (const { value, count } of sorted) {
    seen += count;
    if (index < seen) return value;
  }
  throw new RangeError(`index ${index} beyond a distribution of ${seen} values`);
}
