import type { Finding } from "../checks/finding";
import { cellAddress } from "./cellAddress";
import { insertedRowPart } from "./insertedRowPart";
import { isBlankCell } from "./isBlankCell";
import { keyText } from "./keyText";
import { PARSE_FINDINGS } from "./parseFindings";
import { unwrapCellValue } from "./unwrapCellValue";

/**
 * Findings for the rows the parser does not read: a key the layout does not know (a foreign row,
 * a warning), or no key but some content (a row inserted by hand: a warning saying where its
 * content can go; an error in the référents table, where it is a référent beyond those the sheet
 * can hold). Their content is ignored, never guessed.
 */
export function foreignRowFindings(grid: readonly (readonly unknown[])[], keyColumn: number, knownKeys: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  let keyAbove: string | undefined;
  grid.forEach((row, index) => {
    const key = keyText(row[keyColumn]);
    if (key !== undefined) {
      if (!knownKeys.has(key)) findings.push(PARSE_FINDINGS.unknownKey(key, index + 1, cellAddress(index + 1, keyColumn + 1)));
      keyAbove = key;
      return;
    }
    const column = row.findIndex((raw, position) => position !== keyColumn && !isBlankCell(unwrapCellValue(raw)));
    if (column < 0) return;
    const cell = cellAddress(index + 1, column + 1);
    const sample = unwrapCellValue(row[column]);
    const part = insertedRowPart(keyAbove);
    findings.push(part === "referents" ? PARSE_FINDINGS.extraReferent(index + 1, cell, sample) : PARSE_FINDINGS.unkeyedRow(index + 1, cell, sample, part === "withOthersRow"));
  });
  return findings;
}
