import type { Finding } from "../checks/finding";
import { duplicateRowFindings, type DuplicateRow } from "./duplicateRowFindings";
import { keyText } from "./keyText";

/** The grid's keys: the 0-based row of each key, and errors for the keys found twice (see {@link duplicateRowFindings}). */
export interface GridKeys {
  readonly rowOf: ReadonlyMap<string, number>;
  readonly findings: readonly Finding[];
}

/** Indexes the keys of the grid's key column (the first occurrence of a key wins; copies are errors). */
export function indexGridKeys(grid: readonly (readonly unknown[])[], keyColumn: number): GridKeys {
  const rowOf = new Map<string, number>();
  const duplicates: DuplicateRow[] = [];
  let previousKeyed: number | undefined;
  grid.forEach((row, index) => {
    const key = keyText(row[keyColumn]);
    if (key === undefined) return;
    const first = rowOf.get(key);
    if (first === undefined) rowOf.set(key, index);
    else duplicates.push({ key, first, row: index, previousKeyed });
    previousKeyed = index;
  });
  return { rowOf, findings: duplicateRowFindings(duplicates, keyColumn) };
}
