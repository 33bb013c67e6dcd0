import type { ColumnRole } from "./sheetLayout";

/** Each column of the sheet: 1-based index, width (Excel character units), hidden or not. */
export const SHEET_COLUMNS: Readonly<Record<ColumnRole, { readonly index: number; readonly width: number; readonly hidden: boolean }>> = {
  /** The hidden key column: a stable key per row, so the sheet is read by key, not by position. */
  key: { index: 1, width: 34, hidden: true },
  domain: { index: 2, width: 34, hidden: false },
  subdomain: { index: 3, width: 46, hidden: false },
  description: { index: 4, width: 52, hidden: false },
  quantity: { index: 5, width: 14, hidden: false },
  unit: { index: 6, width: 24, hidden: false },
};
