import type { Finding } from "../checks/finding";
import { cellAddress } from "./cellAddress";
import { insertedRowPart } from "./insertedRowPart";
import { isBlankCell } from "./isBlankCell";
import { keyText } from "./keyText";
import { PARSE_FINDINGS } from "./parseFindings";
import { unwrapCellValue } from "./unwrapCellValue";

/**
 * Findings for the rows the parser does not read: a key the layout does not know (a foreign row:
 * a warning when it holds nothing else, an error when it does), or no key but some content (a row
 * inserted by hand: an error saying where its content can go, or, in the référents table, that it
 * is a référent beyond those the sheet can hold). What they hold is never guessed, and never
 * ignored while the file is accepted. `reportedRows` (0-based) are already reported elsewhere.
 */
export function foreignRowFindings(
  grid: readonly (readonly unknown[])[],
  keyColumn: number,
  knownKeys: ReadonlySet<string>,
  reportedRows: ReadonlySet<number> = new Set(),
): Finding[] {
  const findings: Finding[] = [];
  let keyAbove: string | undefined;
  grid.forEach((row, index) => {
    const key = keyText(row[keyColumn]);
    const column = row.findIndex((raw, position) => position !== keyColumn && !isBlankCell(unwrapCellValue(raw)));
    const sample = column < 0 ? undefined : unwrapCellValue(row[column]);
    if (key !== undefined) {
      if (!knownKeys.has(key)) findings.push(PARSE_FINDINGS.unknownKey(key, index + 1, cellAddress(index + 1, keyColumn + 1), sample));
      keyAbove = key;
      return;
    }
    if (column < 0 || reportedRows.has(index)) return;
    const cell = cellAddress(index + 1, column + 1);
    const part = insertedRowPart(keyAbove);
    findings.push(part === "referents" ? PARSE_FINDINGS.extraReferent(index + 1, cell, sample) : PARSE_FINDINGS.unkeyedRow(index + 1, cell, sample, part === "withOthersRow"));
  });
  return findings;
}
