/// <reference types="office-js" />
import { describeExcelError } from "../workbook/describeExcelError";

/**
 * Runs a batch in Excel and awaits it inside the `try`, so that a failed request is always caught
 * and turned into a French WorkbookError.
 */
export async function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw describeExcelError(error);
  }
}
