import type ExcelJS from "exceljs";
import { isIsoDate } from "../../shared/calendar/isoDateSchema";
import type { CellStyle } from "../../shared/layout/cellStyles";
import type { CellValue } from "../../shared/layout/sheetLayout";

/**
 * What ExcelJS writes for a layout value in a cell of this style: an ISO date in a date cell
 * becomes a real date (UTC midnight, as ExcelJS counts), shown `jj/mm/aaaa`; everything else as is.
 */
export function toExcelValue(value: CellValue, style: CellStyle): ExcelJS.CellValue {
  if (style === "inputDate" && typeof value === "string" && isIsoDate(value)) return new Date(`${value}T00:00:00Z`);
  return value;
}
