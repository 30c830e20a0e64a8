/**
 * Shared constants and scratch buffers of the pricing code. The buffers are reused across
 * evaluations: allocating them per call would churn the garbage collector on instances with a
 * million voters. Each pricing function reads them once into locals.
 */

/** Twice the unit roundoff of doubles (2^-53): each error bound absorbs second-order terms with it. */
export const ROUNDING = 2.3e-16;
/** Inflates tolerances so that rounding inside their own computation cannot shrink them. */
export const SAFETY = 1 + 1e-12;
/** Float iterations of the poor/rich fixed point before jumping to it by sorting. */
export const FLOAT_ITERATIONS = 8;
export const EMPTY = new Int32Array(0);

export const scratch = {
  voters: new Int32Array(1024),
  money: new Float64Array(1024),
  sats: new Float64Array(1024),
  errors: new Float64Array(1024),
  poor: new Uint8Array(1024),
};

/** Makes every scratch buffer hold at least `size` entries. */
export function ensureScratch(size: number): void {
  if (scratch.voters.length >= size) return;
  scratch.voters = new Int32Array(size);
  scratch.money = new Float64Array(size);
  scratch.sats = new Float64Array(size);
  scratch.errors = new Float64Array(size);
  scratch.poor = new Uint8Array(size);
}
