import type { HighlightPlan } from "../sheet/HighlightPlan";
import type { SheetValue, TemplatePlan } from "../sheet/TemplatePlan";
import type { TableSheetPlan } from "../sheet/TableSheetPlan";
import type { Grid } from "./Grid";

/** Values written into a rectangle of cells ("B34:F34"). */
export interface CellWrite {
  readonly address: string;
  readonly values: readonly (readonly SheetValue[])[];
}

/** What the host supports, checked once with `isSetSupported`. */
export interface Capabilities {
  /** ExcelApi 1.8: the minimum (data validation, events, protection…). */
  readonly excelApi18: boolean;
  /** ExcelApi 1.9: page setup of the printed sheet. */
  readonly excelApi19: boolean;
  /** Nested app authentication (sign-in without a dialog). */
  readonly nestedAppAuth: boolean;
  /** The Office dialog API (sign-in fallback). */
  readonly dialogApi: boolean;
}

/**
 * The workbook as the task pane uses it. The Office adapter (addin/office) implements it with
 * batched, awaited Excel calls; everything else in the add-in only sees this interface.
 */
export interface WorkbookPort {
  readonly capabilities: Capabilities;
  /** The values of a sheet from A1 (one request); undefined when the workbook has no such sheet. */
  readGrid(sheetName: string): Promise<Grid | undefined>;
  /** Draws a template plan as a new sheet replacing any sheet of the same name (three requests at most, whatever its size). */
  writeTemplate(plan: TemplatePlan): Promise<void>;
  /** Redraws finding highlights (one request). */
  highlight(plan: HighlightPlan): Promise<void>;
  /** Activates a sheet and selects a cell (one request). */
  selectCell(sheetName: string, address: string): Promise<void>;
  /** Writes values into input cells (one request). */
  writeCells(sheetName: string, writes: readonly CellWrite[]): Promise<void>;
  /** Calls `onChange` when the sheet's content changes; resolves to the function that stops watching. */
  watchSheet(sheetName: string, onChange: () => void): Promise<() => Promise<void>>;
  /** Writes a sheet of tables anew, with an optional chart (two requests at most). */
  writeTableSheet(plan: TableSheetPlan): Promise<void>;
  /** The values (header row first) of workbook tables by name (one request). */
  readTables(names: readonly string[]): Promise<Readonly<Record<string, Grid>>>;
}
