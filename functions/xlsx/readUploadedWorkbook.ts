import { cellRefKey } from "../../shared/layout/cellRefKey";
import { readSheet } from "../../shared/layout/readSheet";
import { readWorkbookGrid } from "./readWorkbookGrid";
import { sheetCellRefs } from "./sheetCellRefs";
import type { UploadedWorkbook } from "./uploadedWorkbook";

/**
 * Reads an uploaded .xlsx from end to end — the workbook's values grid (`readWorkbookGrid`, with
 * all its refusals), then the sheet parser (`readSheet`) — into plain data: the sheet's locator
 * becomes the list of the addresses it knows, so that the reading can leave the worker thread it
 * runs in. Never throws for a bad workbook.
 */
export async function readUploadedWorkbook(bytes: Buffer): Promise<UploadedWorkbook> {
  const grid = await readWorkbookGrid(bytes);
  if (!grid.ok) return grid;
  const reading = readSheet(grid.grid);
  if (!reading.submission) return { ok: true, submission: undefined, findings: reading.findings, addresses: [] };
  const addresses = sheetCellRefs(grid.grid).flatMap((ref) => {
    const address = reading.locate(ref);
    return address === undefined ? [] : [[cellRefKey(ref), address] as const];
  });
  return { ok: true, submission: reading.submission, findings: reading.findings, addresses };
}
