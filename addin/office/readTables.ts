/// <reference types="office-js" />
import type { Grid } from "../workbook/Grid";

/** Reads the values of workbook tables by name (header row first), in one request. */
export async function readTables(context: Excel.RequestContext, names: readonly string[]): Promise<Record<string, Grid>> {
  const ranges = names.map((name) => context.workbook.tables.getItem(name).getRange().load("values"));
  await context.sync();
  return Object.fromEntries(names.map((name, index) => [name, ranges[index]!.values]));
}
