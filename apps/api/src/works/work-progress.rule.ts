/** A child as the parent's progress reads it. */
export interface ChildProgress {
  progress: number;
  estimatedCostCents: number | null;
  status: string;
}

/**
 * A parent work's progress: the average of its children's, weighted by their estimated cost, so that
 * finishing the big site moves the parent more than repainting a bench. Children without a cost weigh
 * as much as the average known cost (equal weights when none has one); abandoned children do not
 * count. Computed at read time, never stored, so it cannot go stale.
 */
export function parentProgress(children: readonly ChildProgress[]): number | null {
  const counted = children.filter((child) => child.status !== 'abandonne');
  if (!counted.length) return null;
  const known = counted.filter((child) => child.estimatedCostCents !== null && child.estimatedCostCents > 0);
  const fallback = known.length ? known.reduce((sum, child) => sum + child.estimatedCostCents!, 0) / known.length : 1;
  let weighted = 0;
  let total = 0;
  for (const child of counted) {
    const weight = child.estimatedCostCents !== null && child.estimatedCostCents > 0 ? child.estimatedCostCents : fallback;
    weighted += weight * child.progress;
    total += weight;
  }
  return Math.round(weighted / total);
}
