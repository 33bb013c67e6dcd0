/// <reference types="office-js" />
import type { Capabilities, WorkbookPort } from "../workbook/WorkbookPort";
import { highlightCells } from "./highlightCells";
import { readSheetGrid } from "./readSheetGrid";
import { readTables } from "./readTables";
import { runExcel } from "./runExcel";
import { selectCell } from "./selectCell";
import { watchSheet } from "./watchSheet";
import { writeCells } from "./writeCells";
import { writeTableSheet } from "./writeTableSheet";
import { writeTemplate } from "./writeTemplate";

/** A name for the sheet drawn before it replaces the old one: short, unlikely to be taken. */
function draftSheetName(): string {
  return `Description organique ~${Math.random().toString(36).slice(2, 8)}`;
}

/** Removes a draft sheet left by a failed write (best effort: the error shown is the write's). */
async function removeDraft(name: string): Promise<void> {
  await runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load("isNullObject");
    await context.sync();
    if (sheet.isNullObject) return;
    sheet.delete();
    await context.sync();
  }).catch(() => undefined);
}

/** The workbook port over Office.js: each operation is one `Excel.run` of a batch from this folder. */
export function createOfficeWorkbook(capabilities: Capabilities): WorkbookPort {
  return {
    capabilities,
    readGrid: (sheetName) => runExcel((context) => readSheetGrid(context, sheetName)),
    writeTemplate: async (plan) => {
      const draftName = draftSheetName();
      try {
        await runExcel((context) => writeTemplate(context, plan, draftName));
      } catch (error) {
        await removeDraft(draftName);
        throw error;
      }
    },
    highlight: (plan) => runExcel((context) => highlightCells(context, plan)),
    selectCell: (sheetName, address) => runExcel((context) => selectCell(context, sheetName, address)),
    writeCells: (sheetName, writes) => runExcel((context) => writeCells(context, sheetName, writes)),
    watchSheet: async (sheetName, onChange) => {
      const registration = await runExcel((context) => watchSheet(context, sheetName, onChange));
      // An event registration is removed in the context it was added in.
      return () =>
        Excel.run(registration.context, async (context) => {
          registration.remove();
          await context.sync();
        }).catch(() => undefined);
    },
    writeTableSheet: (plan) => runExcel((context) => writeTableSheet(context, plan)),
    readTables: (names) => runExcel((context) => readTables(context, names)),
  };
}
