import type { FormatRun } from "./CellFormat";
import type { DataValidation } from "./toDataValidation";

/** A value Office.js writes: text, a number or a boolean; "" clears a cell (null would leave it unchanged). */
export type SheetValue = string | number | boolean;

/** A column's width in points and visibility. */
export interface ColumnPlan {
  /** "A:A". */
  readonly address: string;
  readonly widthPoints: number;
  readonly hidden: boolean;
}

/** Page setup (applied only where ExcelApi 1.9 is supported). */
export interface PrintPlan {
  readonly area: string;
  /** "$1:$2". */
  readonly titleRows: string;
}

/**
 * Everything Office.js must do to lay out the sheet "Description organique", as plain data: the
 * adapter replays it in two batches (structure, then values) after one look-up, whatever its size.
 */
export interface TemplatePlan {
  readonly sheetName: string;
  /** The written area from A1 ("A1:F258"); number formats and values cover it exactly. */
  readonly area: string;
  readonly columns: readonly ColumnPlan[];
  /** Invariant number format codes, row by row over `area`. */
  readonly numberFormats: readonly (readonly string[])[];
  /** Values row by row over `area` ("" for a blank cell). */
  readonly values: readonly (readonly SheetValue[])[];
  /** Range formats, the input cells' unlock included (none for a read-only copy). */
  readonly formats: readonly FormatRun[];
  readonly merges: readonly string[];
  readonly validations: readonly DataValidation[];
  /** Workbook names; the adapter replaces any name of the same text. */
  readonly names: readonly { readonly name: string; readonly address: string }[];
  readonly frozenRows: number;
  readonly print?: PrintPlan;
  readonly protect: boolean;
  /** The cell selected when done. */
  readonly select: string;
}
