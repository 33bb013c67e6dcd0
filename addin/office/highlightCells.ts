/// <reference types="office-js" />
import type { HighlightPlan } from "../sheet/HighlightPlan";
import { applyFormat } from "./applyFormat";

/** Redraws the finding highlights in one request (the sheet is unprotected for it, then protected again). */
export async function highlightCells(context: Excel.RequestContext, plan: HighlightPlan): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(plan.sheetName);
  sheet.protection.unprotect();
  for (const run of plan.formats) applyFormat(sheet.getRange(run.address), run.format);
  if (plan.protect) sheet.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
  await context.sync();
}
