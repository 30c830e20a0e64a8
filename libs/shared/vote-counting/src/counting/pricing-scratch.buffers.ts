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

/**
 * Work done by the pricing code since the counters were last reset: operation counts to compare
 * variants on a busy machine, where times are noisy. Read by the benchmark, never by the rules.
 */
export const pricingWork = {
  /** Projects priced (a full pass over their supporters at least once). */
  evaluations: 0,
  /** Supporter entries read by the pricing passes. */
  entries: 0,
  /** Evaluations that went past the one-pass screening to the general method. */
  general: 0,
  /** Evaluations that found the project unaffordable, and the supporter entries they read. */
  unaffordable: 0,
  unaffordableEntries: 0,
  /** Projects found unaffordable without reading their supporters (by the bound on their money). */
  unaffordableByBound: 0,
  /** Supporter entries visited to pay for funded projects. */
  payments: 0,
  /** Rounds an add1 rerun did not redo because it started at the end of the previous run's prefix. */
  roundsReused: 0,
};

export function resetPricingWork(): void {
  pricingWork.evaluations = 0;
  pricingWork.entries = 0;
  pricingWork.general = 0;
  pricingWork.unaffordable = 0;
  pricingWork.unaffordableEntries = 0;
  pricingWork.unaffordableByBound = 0;
  pricingWork.payments = 0;
  pricingWork.roundsReused = 0;
}
