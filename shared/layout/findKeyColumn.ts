import { isLayoutKey } from "./isLayoutKey";
import { keyText } from "./keyText";

/**
 * The 0-based index of the grid's key column: the column holding the most layout keys (the
 * leftmost on a tie); undefined when no column holds any (not a description organique sheet).
 */
export function findKeyColumn(grid: readonly (readonly unknown[])[]): number | undefined {
  const scores: number[] = [];
  for (const row of grid) {
    row.forEach((raw, column) => {
      const key = keyText(raw);
      if (key !== undefined && isLayoutKey(key)) scores[column] = (scores[column] ?? 0) + 1;
    });
  }
  let best: number | undefined;
  scores.forEach((score, column) => {
    if (score > 0 && (best === undefined || score > (scores[best] ?? 0))) best = column;
  });
  return best;
}
