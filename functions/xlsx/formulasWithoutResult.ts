import { cellAddress } from "../../shared/layout/cellAddress";
import { typedCells } from "./typedCells";
import type { FormulaCell } from "./worksheetGrid";

/**
 * The formula cells ExcelJS read without result (`formulas`) that have none in the worksheet part
 * either: files written by scripts (ExcelJS, openpyxl) store formulas without their values. ExcelJS
 * also reads an empty text result (`t="str"` with an empty `<v>`, what Excel and LibreOffice write
 * for =SI(A1="";"";…)) as no result: such a cell has its value, blank, and is left out.
 */
export function formulasWithoutResult(formulas: readonly FormulaCell[], part: Buffer | undefined): FormulaCell[] {
  if (formulas.length === 0 || !part) return [...formulas];
  const emptyText = new Set(typedCells(part, "str").flatMap((cell) => (cell.text === "" ? [cellAddress(cell.row, cell.column)] : [])));
  return formulas.filter((formula) => !emptyText.has(formula.address));
}
