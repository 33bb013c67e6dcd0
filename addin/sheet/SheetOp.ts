import type { FormatRun } from "./CellFormat";
import type { ColumnPlan, PrintPlan, SheetValue } from "./TemplatePlan";
import type { DataValidation } from "./toDataValidation";

/**
 * One thing to do on a worksheet, as plain data: planners produce lists of them (pure, tested
 * without Excel), the Office adapter replays them in a few batches.
 */
export type SheetOp =
  | { readonly kind: "columns"; readonly columns: readonly ColumnPlan[] }
  | { readonly kind: "format"; readonly run: FormatRun }
  | { readonly kind: "merge"; readonly address: string }
  | { readonly kind: "numberFormats"; readonly address: string; readonly grid: readonly (readonly string[])[] }
  | { readonly kind: "values"; readonly address: string; readonly grid: readonly (readonly SheetValue[])[] }
  | { readonly kind: "validation"; readonly validation: DataValidation }
  | { readonly kind: "autofitRows"; readonly address: string }
  | { readonly kind: "freezeRows"; readonly rows: number }
  | { readonly kind: "print"; readonly print: PrintPlan };
