import type ExcelJS from "exceljs";
import { findKeyColumn } from "../../shared/layout/findKeyColumn";
import { worksheetGrid } from "./worksheetGrid";
import { XLSX_MESSAGES } from "./xlsxMessages";

type SheetGrid = Omit<Extract<ReturnType<typeof worksheetGrid>, { ok: true }>, "ok">;

/** A sheet name compared loosely: trimmed, spaces collapsed, case and accents ignored. */
function looseName(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").replace(/\s+/g, " ").trim().toLowerCase();
}

/**
 * Whether the sheet carries the layout's key column (the template), looked for in its cells as
 * ExcelJS holds them, sparse and without the grid limits: a template sheet too large for a grid
 * still counts.
 */
function carriesKeyColumn(sheet: ExcelJS.Worksheet): boolean {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    rows.push(row.values as unknown[]);
  });
  return findKeyColumn(rows) !== undefined;
}

/**
 * The worksheet holding the description organique, and its grid: the one sheet carrying the
 * layout's key column, whatever its name and place. Refused with a French message when several
 * sheets carry it (a copy of the sheet: which one is meant cannot be told), naming them all,
 * hidden ones included; when none does; when it is too large for a grid; and when the sheet named
 * `sheetName` (exactly, else loosely) is too large, even without key column. Another sheet is not
 * read, however large.
 */
export function pickWorksheet(workbook: ExcelJS.Workbook, sheetName: string): ({ ok: true; sheet: ExcelJS.Worksheet } & SheetGrid) | { ok: false; message: string } {
  const sheets = workbook.worksheets;
  const named = sheets.find((sheet) => sheet.name === sheetName) ?? sheets.find((sheet) => looseName(sheet.name) === looseName(sheetName));
  const templates = sheets.filter(carriesKeyColumn);
  if (templates.length > 1) return { ok: false, message: XLSX_MESSAGES.severalTemplates(templates) };
  const [template] = templates;
  if (named && named !== template) {
    const read = worksheetGrid(named);
    if (!read.ok) return read;
  }
  if (!template) return { ok: false, message: named ? XLSX_MESSAGES.noKeyColumn(named.name) : XLSX_MESSAGES.noSheet(sheetName) };
  const read = worksheetGrid(template);
  return read.ok ? { ok: true, sheet: template, grid: read.grid, formulas: read.formulas } : read;
}
