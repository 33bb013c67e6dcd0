import type { Finding } from "../checks/finding";
import { cellAddress } from "./cellAddress";
import { isBlankCell } from "./isBlankCell";
import { keyText } from "./keyText";
import { PARSE_FINDINGS } from "./parseFindings";
import { unwrapCellValue } from "./unwrapCellValue";

/**
 * Warnings for the rows the parser does not read: a key the layout does not know (a foreign row),
 * or no key but some content (a row inserted by hand). Their content is ignored, never guessed.
 */
export function foreignRowFindings(grid: readonly (readonly unknown[])[], keyColumn: number, knownKeys: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  grid.forEach((row, index) => {
    const key = keyText(row[keyColumn]);
    if (key !== undefined) {
      if (!knownKeys.has(key)) findings.push(PARSE_FINDINGS.unknownKey(key, index + 1, cellAddress(index + 1, keyColumn + 1)));
      return;
    }
    const column = row.findIndex((raw, position) => position !== keyColumn && !isBlankCell(unwrapCellValue(raw)));
    if (column >= 0) findings.push(PARSE_FINDINGS.unkeyedRow(index + 1, cellAddress(index + 1, column + 1), unwrapCellValue(row[column])));
  });
  return findings;
}
