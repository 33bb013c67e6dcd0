import type { BlockKind } from "../inventory/siteBlocks";
import type { CellRef } from "../inventory/cellRef";
import type { CellStyle, CellStyleSpec } from "./cellStyles";
import type { ValidationRule } from "./validationRules";

/** How many repeatable site-configuration blocks of each kind the sheet shows (each ≥ 0). */
export type BlockCounts = Readonly<Record<BlockKind, number>>;

/** What a cell holds: text, a number, or nothing (a blank cell). */
export type CellValue = string | number | null;

/** The role of a column in the sheet. */
export type ColumnRole = "key" | "domain" | "subdomain" | "description" | "quantity" | "unit";

/** A column of the sheet (1-based index, letter, width in Excel character units). */
export interface LayoutColumn {
  readonly index: number;
  readonly letter: string;
  readonly role: ColumnRole;
  readonly width: number;
  readonly hidden: boolean;
}

/** One cell of the sheet: where it is, what it shows, how it looks and whether the commune fills it. */
export interface LayoutCell {
  /** A1 address ("D12"). */
  readonly address: string;
  /** 1-based row and column. */
  readonly row: number;
  readonly column: number;
  /** The fixed content (labels, keys); null for input cells and empty cells. */
  readonly value: CellValue;
  readonly style: CellStyle;
  /** True for the cells the commune fills (unlocked); every other cell is locked. */
  readonly input: boolean;
  /** What an input cell holds, by meaning (only on input cells). */
  readonly ref?: CellRef;
}

/** A data-validation rule applied to a range ("E12:E20"). */
export interface LayoutValidation {
  readonly range: string;
  readonly rule: ValidationRule;
}

/** A workbook-level name for a cell or range, e.g. `TotalPostes` → `'Description organique'!$E$47`. */
export interface NamedRange {
  readonly name: string;
  /** A1 address on the sheet ("E47" or "B34:F39"). */
  readonly address: string;
  /** Absolute reference with the sheet name, as Excel defines names. */
  readonly reference: string;
}

/** Page setup for printing. */
export interface PrintSettings {
  readonly orientation: "landscape";
  readonly paperSize: "A4";
  /** Fit all columns on one page width; pages run as long as needed (fitToHeight 0). */
  readonly fitToWidth: 1;
  readonly fitToHeight: 0;
  /** Rows repeated at the top of every printed page from where they are on: the inventory's column headers ("42:42"). */
  readonly repeatRows: string;
  readonly printArea: string;
  /**
   * Manual page breaks: the last row of each printed page but the last (Excel's `rowBreaks`), so
   * that no part, section or configuration is split from its title (see `pageBreaks`).
   */
  readonly rowBreaks: readonly number[];
}

/**
 * The sheet "Description organique" described as plain data (JSON-serialisable, deterministic),
 * rendered alike by the add-in (Office.js) and by the server's template.xlsx (ExcelJS).
 */
export interface SheetLayout {
  readonly sheetName: string;
  readonly templateVersion: string;
  readonly blockCounts: BlockCounts;
  /** Number of référent rows (6 unless a submission holds more). */
  readonly referentRows: number;
  readonly columns: readonly LayoutColumn[];
  /** Number of rows used (the last row's number). */
  readonly rowCount: number;
  /** Every written or styled cell, row by row, left to right. */
  readonly cells: readonly LayoutCell[];
  /** Merged ranges ("B1:F1"). */
  readonly merges: readonly string[];
  readonly validations: readonly LayoutValidation[];
  readonly names: readonly NamedRange[];
  /** Rows (from the top) and columns (from the left) kept visible when scrolling. */
  readonly frozen: { readonly rows: number; readonly columns: number };
  readonly print: PrintSettings;
  /** How each named style looks. */
  readonly styles: Readonly<Record<CellStyle, CellStyleSpec>>;
  /** Protect the sheet (no password): only the input cells can be edited. */
  readonly protect: boolean;
}
