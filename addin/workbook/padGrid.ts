import type { Grid } from "./Grid";

/**
 * The values of a sheet's used range placed from A1: Office.js reads the used range where it
 * starts (e.g. at B3 when A1:A2 are empty), the parser wants a grid from A1.
 */
export function padGrid(values: readonly (readonly unknown[])[], rowIndex: number, columnIndex: number): unknown[][] {
  const blankRow = (length: number) => Array<unknown>(length).fill("");
  return [...Array.from({ length: rowIndex }, () => blankRow(columnIndex + (values[0]?.length ?? 0))), ...values.map((row) => [...blankRow(columnIndex), ...row])];
}
