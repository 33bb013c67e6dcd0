import type ExcelJS from "exceljs";

/**
 * A cell value as the sheet parser reads it: text, number, boolean, Date or null. Formulas give
 * their cached result (null without one: `worksheetGrid` lists such cells, and the workbook is
 * refused rather than the cell read as blank), rich text and hyperlinks their plain text, errors
 * their text ("#N/A").
 */
export function plainCellValue(value: ExcelJS.CellValue | undefined): string | number | boolean | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return String(value.error);
  if ("formula" in value || "sharedFormula" in value) return plainCellValue(value.result);
  if ("hyperlink" in value) return plainCellValue(value.text as ExcelJS.CellValue);
  return null;
}
