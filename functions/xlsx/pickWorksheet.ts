import type ExcelJS from "exceljs";
import { findKeyColumn } from "../../shared/layout/findKeyColumn";
import { worksheetGrid } from "./worksheetGrid";
import { XLSX_MESSAGES } from "./xlsxMessages";

type Grid = Extract<ReturnType<typeof worksheetGrid>, { ok: true }>["grid"];

/** A sheet name compared loosely: trimmed, spaces collapsed, case and accents ignored. */
function looseName(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").replace(/\s+/g, " ").trim().toLowerCase();
}

/**
 * The worksheet holding the description organique, and its grid: the sheet named `sheetName`
 * (exactly, else loosely) when it carries the layout's key column, else the first sheet that does
 * (a renamed or copied sheet). Refused with a French message when the named sheet is too large or
 * no sheet carries the key column; another sheet too large to read is skipped, and its message
 * given only when no sheet qualifies.
 */
export function pickWorksheet(workbook: ExcelJS.Workbook, sheetName: string): { ok: true; sheet: ExcelJS.Worksheet; grid: Grid } | { ok: false; message: string } {
  const sheets = workbook.worksheets;
  const named = sheets.find((sheet) => sheet.name === sheetName) ?? sheets.find((sheet) => looseName(sheet.name) === looseName(sheetName));
  let skipped: string | undefined;
  for (const sheet of named ? [named, ...sheets.filter((other) => other !== named)] : sheets) {
    const read = worksheetGrid(sheet);
    if (!read.ok && sheet === named) return read;
    if (!read.ok) skipped ??= read.message;
    else if (findKeyColumn(read.grid) !== undefined) return { ok: true, sheet, grid: read.grid };
  }
  if (skipped) return { ok: false, message: skipped };
  return { ok: false, message: named ? XLSX_MESSAGES.noKeyColumn(named.name) : XLSX_MESSAGES.noSheet(sheetName) };
}
