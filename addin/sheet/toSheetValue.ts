import type { CellStyle } from "../../shared/layout/cellStyles";
import type { CellValue } from "../../shared/layout/sheetLayout";
import { isoDateToExcelSerial } from "../../shared/calendar/excelSerial";
import type { SheetValue } from "./TemplatePlan";

/**
 * What Office.js writes for a layout value in a cell of this style: blank → "" (null would leave
 * the cell as it is), an ISO date in a date cell → its serial number (a real date, shown jj/mm/aaaa),
 * anything else as is.
 */
export function toSheetValue(value: CellValue | boolean | undefined, style: CellStyle | undefined): SheetValue {
  if (value === null || value === undefined) return "";
  if (style === "inputDate" && typeof value === "string") return isoDateToExcelSerial(value) ?? value;
  return value;
}
