import type ExcelJS from "exceljs";
import { cellAddress } from "../../shared/layout/cellAddress";
import { columnLetter } from "../../shared/layout/columnLetter";
import { plainCellValue } from "./plainCellValue";
import { XLSX_MESSAGES } from "./xlsxMessages";
import { XLSX_READ_LIMITS } from "./xlsxReadLimits";

type GridValue = ReturnType<typeof plainCellValue>;

/** A formula cell ExcelJS read without a result (left blank in the grid): its address ("D40") and formula (without "="). */
export interface FormulaCell {
  readonly address: string;
  readonly formula: string;
}

/** True for a formula (own or shared) whose value ExcelJS found no result for. */
function isFormulaWithoutResult(value: ExcelJS.CellValue): boolean {
  return typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value) && value.result === undefined;
}

/**
 * A worksheet as a rectangular values grid from A1 (null for blank cells), up to the last row and
 * column holding a value; the cells a merge covers are blank but its top-left one. Formula cells
 * without result read as blank and are listed in `formulas`, for the caller to decide. Refuses,
 * with a French message, a sheet with values beyond the grid limits rather than dropping them silently.
 */
export function worksheetGrid(sheet: ExcelJS.Worksheet): { ok: true; grid: GridValue[][]; formulas: FormulaCell[] } | { ok: false; message: string } {
  const placed: { row: number; column: number; value: GridValue }[] = [];
  const formulas: FormulaCell[] = [];
  let rows = 0;
  let columns = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      if (isFormulaWithoutResult(cell.value)) formulas.push({ address: cellAddress(rowNumber, columnNumber), formula: cell.formula });
      const value = plainCellValue(cell.value);
      if (value === null) return;
      placed.push({ row: rowNumber, column: columnNumber, value });
      rows = Math.max(rows, rowNumber);
      columns = Math.max(columns, columnNumber);
    });
  });
  const beyond = placed.find(({ row, column }) => row > XLSX_READ_LIMITS.maxGridRows || column > XLSX_READ_LIMITS.maxGridColumns);
  if (beyond) {
    const limit =
      beyond.row > XLSX_READ_LIMITS.maxGridRows ? `la ligne ${XLSX_READ_LIMITS.maxGridRows.toLocaleString("fr-FR")}` : `la colonne ${columnLetter(XLSX_READ_LIMITS.maxGridColumns)}`;
    return { ok: false, message: XLSX_MESSAGES.sheetTooLarge(sheet.name, cellAddress(beyond.row, beyond.column), limit) };
  }
  const grid: GridValue[][] = Array.from({ length: rows }, () => Array<GridValue>(columns).fill(null));
  for (const { row, column, value } of placed) {
    const cells = grid[row - 1];
    if (cells) cells[column - 1] = value;
  }
  return { ok: true, grid, formulas };
}
