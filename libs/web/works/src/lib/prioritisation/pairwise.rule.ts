/**
 * A pairwise table (rows and columns in the counting library's order) put in the order of the final
 * ranking, so the winner reads first and every row beats the rows below it in a clear result. Ids
 * missing from the table are skipped.
 */
export function reorderPairwise(
  ids: readonly string[],
  matrix: readonly (readonly number[])[],
  order: readonly string[],
): { ids: string[]; matrix: number[][] } {
  const positions = order.map((id) => ids.indexOf(id)).filter((i) => i >= 0);
  return {
    ids: positions.map((i) => ids[i]),
    matrix: positions.map((i) => positions.map((j) => matrix[i]?.[j] ?? 0)),
  };
}
