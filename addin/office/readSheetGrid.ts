/// <reference types="office-js" />
import type { Grid } from "../workbook/Grid";
import { padGrid } from "../workbook/padGrid";

/** True for Office.js's "no such item" error. */
export function isItemNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ItemNotFound";
}

/** Reads a whole sheet's values from A1 in one request; undefined when the workbook has no such sheet. */
export async function readSheetGrid(context: Excel.RequestContext, sheetName: string): Promise<Grid | undefined> {
  const used = context.workbook.worksheets.getItem(sheetName).getUsedRange(true);
  used.load("values,rowIndex,columnIndex");
  try {
    await context.sync();
  } catch (error) {
    if (isItemNotFound(error)) return undefined;
    throw error;
  }
  return padGrid(used.values, used.rowIndex, used.columnIndex);
}
