/// <reference types="office-js" />
import { packBatches } from "../sheet/packBatches";
import type { SheetOp } from "../sheet/SheetOp";
import type { TemplatePlan } from "../sheet/TemplatePlan";
import { templateOps } from "../sheet/templateOps";
import { applySheetOp } from "./applySheetOp";

const apply = (sheet: Excel.Worksheet, ops: readonly SheetOp[]) => ops.forEach((op) => applySheetOp(sheet, op));

/**
 * Draws a template plan on a new sheet `draftName`, then puts it in the place of the sheet of the
 * plan's name (deleted, its position kept), names and protects it. Three requests at most whatever
 * the sheet's size — the operations are packed under Excel on the web's 5 MB per request — and the
 * first one also looks up the sheets and names already there. Nothing is written to the old sheet:
 * if a request fails, it is left as it was (the caller removes the draft sheet).
 */
export async function writeTemplate(context: Excel.RequestContext, plan: TemplatePlan, draftName: string): Promise<void> {
  const [first = [], second = [], last = []] = packBatches(templateOps(plan), 3);
  const { worksheets, names } = context.workbook;
  const draft = worksheets.add(draftName);
  worksheets.load("items/name,items/position");
  names.load("items/name");
  apply(draft, first);
  await context.sync();
  if (second.length > 0) {
    apply(draft, second);
    await context.sync();
  }
  apply(draft, last);
  const previous = worksheets.items.find((sheet) => sheet.name === plan.sheetName);
  const existingNames = new Set(names.items.map((item) => item.name));
  for (const { name } of plan.names) if (existingNames.has(name)) names.getItem(name).delete();
  if (previous) previous.delete();
  for (const { name, address } of plan.names) names.add(name, draft.getRange(address));
  draft.name = plan.sheetName;
  if (previous) draft.position = previous.position;
  if (plan.protect) draft.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
  draft.activate();
  draft.getRange(plan.select).select();
  await context.sync();
}
