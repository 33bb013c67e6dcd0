import { TEMPLATE_VERSION } from "../inventory/templateVersion";
import type { Finding } from "../checks/finding";
import { LAYOUT_KEYS } from "./layoutKeys";
import { PARSE_FINDINGS } from "./parseFindings";
import { readTextCell } from "./readTextCell";
import { unwrapCellValue } from "./unwrapCellValue";
import { SHEET_COLUMNS } from "./sheetColumns";

/** The template version written in the grid; the current one, with a warning, when the sheet lost it. */
export function readTemplateVersion(
  grid: readonly (readonly unknown[])[],
  keyColumn: number,
  rowOf: ReadonlyMap<string, number>,
): { readonly version: string; readonly findings: readonly Finding[] } {
  const row = rowOf.get(LAYOUT_KEYS.version);
  const raw = row === undefined ? undefined : grid[row]?.[keyColumn + SHEET_COLUMNS.subdomain.index - SHEET_COLUMNS.key.index];
  const reading = readTextCell(unwrapCellValue(raw));
  const version = reading.ok ? reading.value : undefined;
  return version ? { version, findings: [] } : { version: TEMPLATE_VERSION, findings: [PARSE_FINDINGS.missingVersion(TEMPLATE_VERSION)] };
}
