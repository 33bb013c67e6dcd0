/// <reference types="office-js" />
import type { TableSheetPlan } from "../sheet/TableSheetPlan";
import { applySheetOp } from "./applySheetOp";

/**
 * Writes a sheet of tables anew in two requests: the first finds whether the sheet exists, the
 * second deletes it (its tables and chart with it), adds it again and fills it.
 */
export async function writeTableSheet(context: Excel.RequestContext, plan: TableSheetPlan): Promise<void> {
  const { worksheets } = context.workbook;
  worksheets.load("items/name,items/position");
  await context.sync();
  const previous = worksheets.items.find((sheet) => sheet.name === plan.sheetName);
  previous?.delete();
  const sheet = worksheets.add(plan.sheetName);
  if (previous) sheet.position = previous.position;
  for (const op of plan.ops) applySheetOp(sheet, op);
  for (const table of plan.tables) {
    const added = sheet.tables.add(table.address, true);
    added.name = table.name;
    added.style = table.style;
  }
  if (plan.chart) {
    const chart = sheet.charts.add(plan.chart.type, sheet.getRange(plan.chart.source), "Columns");
    chart.title.text = plan.chart.title;
    chart.legend.visible = false;
    chart.setPosition(plan.chart.topLeft, plan.chart.bottomRight);
  }
  sheet.activate();
  sheet.getRange(plan.select).select();
  await context.sync();
}
