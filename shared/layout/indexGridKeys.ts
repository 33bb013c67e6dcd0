import type { Finding } from "../checks/finding";
import { cellAddress } from "./cellAddress";
import { keyText } from "./keyText";
import { PARSE_FINDINGS } from "./parseFindings";

/** The grid's keys: the 0-based row of each key, and an error for each key found twice. */
export interface GridKeys {
  readonly rowOf: ReadonlyMap<string, number>;
  readonly findings: readonly Finding[];
}

/** Indexes the keys of the grid's key column (the first occurrence of a key wins; copies are errors). */
export function indexGridKeys(grid: readonly (readonly unknown[])[], keyColumn: number): GridKeys {
  const rowOf = new Map<string, number>();
  const findings: Finding[] = [];
  grid.forEach((row, index) => {
    const key = keyText(row[keyColumn]);
    if (key === undefined) return;
    const first = rowOf.get(key);
    if (first === undefined) rowOf.set(key, index);
    else findings.push(PARSE_FINDINGS.duplicateKey(key, first + 1, index + 1, cellAddress(index + 1, keyColumn + 1)));
  });
  return { rowOf, findings };
}
