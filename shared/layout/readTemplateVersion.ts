import { TEMPLATE_VERSION } from "../inventory/templateVersion";
import type { Finding } from "../checks/finding";
import { cellAddress } from "./cellAddress";
import { LAYOUT_KEYS } from "./layoutKeys";
import { PARSE_FINDINGS } from "./parseFindings";
import { readTextCell } from "./readTextCell";
import { unwrapCellValue } from "./unwrapCellValue";
import { SHEET_COLUMNS } from "./sheetColumns";

/**
 * The template version to record for a grid: always the version of the layout the parser reads it
 * with ({@link TEMPLATE_VERSION}), never the text of the cell, which the user may have edited (a
 * version that does not exist would be stored with answers read by another layout). A version cell
 * that is lost or says another version gives a warning naming it.
 */
export function readTemplateVersion(
  grid: readonly (readonly unknown[])[],
  keyColumn: number,
  rowOf: ReadonlyMap<string, number>,
): { readonly version: string; readonly findings: readonly Finding[] } {
  const row = rowOf.get(LAYOUT_KEYS.version);
  const column = keyColumn + SHEET_COLUMNS.subdomain.index - SHEET_COLUMNS.key.index;
  const raw = row === undefined ? undefined : grid[row]?.[column];
  const reading = readTextCell(unwrapCellValue(raw));
  const written = reading.ok ? reading.value : undefined;
  if (row === undefined || !written) return { version: TEMPLATE_VERSION, findings: [PARSE_FINDINGS.missingVersion(TEMPLATE_VERSION)] };
  if (written === TEMPLATE_VERSION) return { version: TEMPLATE_VERSION, findings: [] };
  return { version: TEMPLATE_VERSION, findings: [PARSE_FINDINGS.otherVersion(written, TEMPLATE_VERSION, cellAddress(row + 1, column + 1))] };
}
