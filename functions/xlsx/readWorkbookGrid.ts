import { SHEET_NAME } from "../../shared/layout/sheetName";
import { dateCells } from "./dateCells";
import { excelJsFailure } from "./excelJsFailure";
import { formulaResults } from "./formulaResults";
import { loadVettedWorkbook } from "./loadVettedWorkbook";
import { pickWorksheet } from "./pickWorksheet";
import { scanWorksheet, type WorksheetScan } from "./scanWorksheet";
import { unpackWorkbook } from "./unpackWorkbook";
import { worksheetPartOf } from "./worksheetPartOf";
import { XLSX_MESSAGES } from "./xlsxMessages";
import { XLSX_READ_LIMITS } from "./xlsxReadLimits";

/** What reading an uploaded workbook gave: the values grid of its description organique sheet, or why it was refused. */
export type WorkbookGrid = { ok: true; grid: unknown[][]; sheetName: string } | { ok: false; message: string };

/**
 * Reads an uploaded .xlsx safely into the values grid the sheet parser (`parseSheet`) expects:
 * the one sheet carrying the hidden key column (named "Description organique" or not), from A1,
 * formulas as their cached results, rich text and hyperlinks as text, dates as Date objects
 * (date-formatted numbers, and cells typed as ISO 8601 dates, `t="d"`),
 * errors as their text, merged cells in their top-left cell only. Never throws: OLE files
 * (encrypted workbooks, .xls), non-zips, macro-enabled workbooks, zip bombs, oversized or
 * damaged workbooks, several sheets carrying the key column (`pickWorksheet`), formulas without
 * cached result (their value is unknown, not blank) and anything ExcelJS fails on are refused
 * with a French message.
 */
export async function readWorkbookGrid(bytes: Buffer): Promise<WorkbookGrid> {
  try {
    const unpacked = await unpackWorkbook(bytes);
    if (!unpacked.ok) return unpacked;
    // Each worksheet read once with saxes before ExcelJS: what it would cost, and what ExcelJS misreads.
    const scans = new Map([...unpacked.parts].filter(([name]) => name.startsWith("xl/worksheets/")).map(([name, content]) => [name, scanWorksheet(content)] as const));
    const refusal = costRefusal([...scans.values()]);
    if (refusal) return { ok: false, message: refusal };
    const workbook = await loadVettedWorkbook(unpacked.zip);
    const picked = pickWorksheet(workbook, SHEET_NAME);
    if (!picked.ok) return picked;
    const written = scans.get(worksheetPartOf(unpacked.parts, picked.sheet.name) ?? "")?.written;
    // Formulas stored without their value (by a script): what the cell shows in Excel is unknown here, not blank.
    const { missing, results } = formulaResults(picked.formulas, written);
    if (missing.length > 0) return { ok: false, message: XLSX_MESSAGES.formulasWithoutResult(picked.sheet.name, missing) };
    // Results ExcelJS dropped (0, FALSE): the value the cell shows.
    for (const result of results) placeValue(picked.grid, result.row, result.column, result.value);
    // Cells typed as dates (t="d"), which ExcelJS reads as numbers: their own reading, where a value shows.
    for (const cell of dateCells(written ?? [])) {
      const cells = picked.grid[cell.row - 1];
      if (cells && cells[cell.column - 1] != null) cells[cell.column - 1] = cell.value;
    }
    return { ok: true, grid: picked.grid, sheetName: picked.sheet.name };
  } catch (error) {
    return { ok: false, message: excelJsFailure(error) };
  }
}

/**
 * Why the worksheets would cost ExcelJS too much, if they would: XML that is not well-formed
 * (ExcelJS fails on it), too many cells, merges or merged cells.
 */
function costRefusal(scans: readonly WorksheetScan[]): string | undefined {
  if (scans.some((scan) => !scan.wellFormed)) return XLSX_MESSAGES.unreadable;
  const cells = scans.reduce((sum, scan) => sum + scan.cells, 0);
  if (cells > XLSX_READ_LIMITS.maxCells) return XLSX_MESSAGES.tooManyCells(cells, XLSX_READ_LIMITS.maxCells);
  const merges = scans.reduce((sum, scan) => sum + scan.merges, 0);
  const mergedCells = scans.reduce((sum, scan) => sum + scan.mergedCells, 0);
  if (merges > XLSX_READ_LIMITS.maxMerges || mergedCells > XLSX_READ_LIMITS.maxMergedCells) return XLSX_MESSAGES.tooManyMerges(merges, mergedCells);
  return undefined;
}

/** Puts a value in the grid at a 1-based position, widening the grid when the cell lies past its last row or column. */
function placeValue(grid: unknown[][], row: number, column: number, value: unknown): void {
  const width = Math.max(column, grid[0]?.length ?? 0);
  while (grid.length < row) grid.push([]);
  for (const cells of grid) while (cells.length < width) cells.push(null);
  (grid[row - 1] as unknown[])[column - 1] = value;
}
