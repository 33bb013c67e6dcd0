/// <reference types="office-js" />
import type { CellWrite } from "../workbook/WorkbookPort";

/** Writes values into (unlocked) input cells, in one request. */
export async function writeCells(context: Excel.RequestContext, sheetName: string, writes: readonly CellWrite[]): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  for (const write of writes) sheet.getRange(write.address).values = write.values as (string | number | boolean)[][];
  await context.sync();
}
