import type { SheetOp } from "./SheetOp";

/** An Excel table: its header row and data rows ("A4:G12"), a unique workbook-wide name, a built-in style. */
export interface TablePlan {
  readonly name: string;
  readonly address: string;
  readonly style: string;
}

/** A native Excel chart over a range. */
export interface ChartPlan {
  readonly type: "ColumnClustered" | "BarClustered";
  /** Categories in the first column, one series per further column. */
  readonly source: string;
  readonly title: string;
  /** Cells the chart covers ("I2", "P24"). */
  readonly topLeft: string;
  readonly bottomRight: string;
}

/** A sheet of tables written anew (cost items, quote-parts): its operations, tables and an optional chart. */
export interface TableSheetPlan {
  readonly sheetName: string;
  readonly ops: readonly SheetOp[];
  readonly tables: readonly TablePlan[];
  readonly chart?: ChartPlan;
  readonly select: string;
}
