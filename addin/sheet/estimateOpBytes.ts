import type { FormatRun } from "./CellFormat";
import type { SheetOp } from "./SheetOp";

/**
 * Deliberately generous sizes of what Office.js serialises per call (JSON object paths and
 * actions): a method call such as getRange, a navigation to a sub-object such as `format.fill`,
 * a property set (value not included).
 */
const COST = { method: 220, navigation: 160, set: 130 } as const;

/** Excel on the web refuses a request (one `context.sync`) over 5 MB. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
/** What one batch is allowed to weigh by the estimate: the limit less a margin for what the estimate misses. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

const json = (value: unknown) => JSON.stringify(value).length;
const SUB_OBJECT: Readonly<Record<string, string>> = { fill: "fill", fontName: "font", fontColor: "font", bold: "font", italic: "font", fontSize: "font", locked: "protection" };

function formatBytes({ address, format }: FormatRun): number {
  const { borders, borderColor, ...rest } = format;
  const subObjects = new Set(Object.keys(rest).flatMap((key) => SUB_OBJECT[key] ?? []));
  let bytes = COST.method + address.length + COST.navigation * (1 + subObjects.size);
  for (const [key, value] of Object.entries(rest)) bytes += COST.set + key.length + json(value);
  for (const _edge of borders ?? []) bytes += COST.method + 2 * COST.set + 24 + (borderColor?.length ?? 0);
  return bytes;
}

/** The estimated size of one operation in an Office.js request. */
export function estimateOpBytes(op: SheetOp): number {
  switch (op.kind) {
    case "columns":
      return op.columns.length * (COST.method + COST.navigation + 2 * COST.set + 16);
    case "format":
      return formatBytes(op.run);
    case "merge":
      return 2 * COST.method + op.address.length;
    case "numberFormats":
    case "values":
      return COST.method + COST.set + op.address.length + json(op.grid);
    case "validation":
      return 2 * COST.method + COST.navigation + 4 * COST.set + op.validation.address.length + json(op.validation.rule) + json(op.validation.errorAlert) + json(op.validation.prompt);
    case "autofitRows":
      return 2 * COST.method + COST.navigation + op.address.length;
    case "freezeRows":
      return COST.method + COST.navigation;
    case "print":
      return COST.navigation + 4 * COST.method + 2 * COST.set + json(op.print);
  }
}
