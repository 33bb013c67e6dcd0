import ExcelJS from "exceljs";
import { XLSX_READ_LIMITS } from "./xlsxReadLimits";

/**
 * Worksheet parts ExcelJS skips: none holds a cell value, several point to parts left out of the
 * package, and data validations are expanded cell by cell (a whole-column rule costs millions).
 */
const IGNORED_NODES = ["dataValidations", "conditionalFormatting", "extLst", "hyperlinks", "drawing", "picture", "tableParts", "autoFilter", "sheetProtection"];

/**
 * Loads with ExcelJS the vetted copy of an upload (`unpackWorkbook`: value parts only, checked,
 * uncompressed, without defined names), capped at the reader's row and cell limits and skipping
 * the worksheet parts that hold no value. Where ExcelJS 4.4.0 is worked around when loading;
 * what it misreads is read back from the XML after (`formulaResults`, `dateCells`).
 */
export async function loadVettedWorkbook(zip: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS's typings omit the row and cell caps its loader honours, and declare a Buffer of their own.
  const options: Partial<ExcelJS.XlsxReadOptions> & { maxRows: number; maxCols: number } = {
    maxRows: XLSX_READ_LIMITS.maxSheetRows,
    maxCols: XLSX_READ_LIMITS.maxRowCells,
    ignoreNodes: IGNORED_NODES,
  };
  await workbook.xlsx.load(zip as unknown as ExcelJS.Buffer, options);
  return workbook;
}
