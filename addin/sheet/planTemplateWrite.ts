import { cellAddress } from "../../shared/layout/cellAddress";
import type { CellStyle, CellStyleSpec } from "../../shared/layout/cellStyles";
import type { PlacedValue } from "../../shared/layout/renderGrid";
import type { SheetLayout } from "../../shared/layout/sheetLayout";
import { columnWidthPoints } from "./columnWidthPoints";
import { expandMerges } from "./expandMerges";
import { planStyleFormats } from "./planStyleFormats";
import type { SheetValue, TemplatePlan } from "./TemplatePlan";
import { toDataValidation } from "./toDataValidation";
import { toSheetValue } from "./toSheetValue";

/** How to write the layout. */
export interface TemplateWriteOptions {
  /** A read-only copy (staff review): every cell stays locked, no validation, no workbook name. */
  readonly readOnly?: boolean;
  /** Add the page setup (the host supports ExcelApi 1.9). */
  readonly print?: boolean;
  /** Another sheet name than the layout's (a staff copy "Dépôt 21231 v2"). */
  readonly sheetName?: string;
}

/** The workbook's font, as in the server's template.xlsx. */
const FONT = { fontName: "Calibri", fontSize: 11, vertical: "Top" } as const;

/** The styles with every cell locked (a read-only copy). */
function lockAll(styles: Readonly<Record<CellStyle, CellStyleSpec>>): Record<CellStyle, CellStyleSpec> {
  return Object.fromEntries(Object.entries(styles).map(([name, spec]) => [name, { ...spec, locked: true }])) as Record<CellStyle, CellStyleSpec>;
}

/**
 * Plans the writing of a sheet layout with the values of its input cells (from renderValues, or
 * carried over from the sheet as it was): one number-format grid and one values grid over the whole
 * area, the styles as few range formats as possible, merges, validations, names and protection.
 */
export function planTemplateWrite(layout: SheetLayout, values: readonly PlacedValue[], options: TemplateWriteOptions = {}): TemplatePlan {
  const width = layout.columns.length;
  const styleAt = new Map<string, CellStyle>();
  const numberFormats = Array.from({ length: layout.rowCount }, () => Array<string>(width).fill("General"));
  const grid = Array.from({ length: layout.rowCount }, () => Array<SheetValue>(width).fill(""));
  for (const cell of layout.cells) {
    styleAt.set(`${cell.row}:${cell.column}`, cell.style);
    const formatRow = numberFormats[cell.row - 1];
    if (formatRow) formatRow[cell.column - 1] = layout.styles[cell.style].numberFormat ?? "General";
    const valueRow = grid[cell.row - 1];
    if (valueRow) valueRow[cell.column - 1] = toSheetValue(cell.value, cell.style);
  }
  for (const placed of values) {
    const valueRow = grid[placed.row - 1];
    if (valueRow && placed.column <= width) valueRow[placed.column - 1] = toSheetValue(placed.value, styleAt.get(`${placed.row}:${placed.column}`));
  }
  const inputs = layout.cells.filter((cell) => cell.input);
  const styles = options.readOnly ? lockAll(layout.styles) : layout.styles;
  const area = `A1:${cellAddress(layout.rowCount, width)}`;
  return {
    sheetName: options.sheetName ?? layout.sheetName,
    area,
    columns: layout.columns.map((column) => ({ address: `${column.letter}:${column.letter}`, widthPoints: columnWidthPoints(column.width), hidden: column.hidden })),
    numberFormats,
    values: grid,
    formats: [{ address: area, format: FONT }, ...planStyleFormats(expandMerges(layout.cells, layout.merges), styles)],
    merges: layout.merges,
    validations: options.readOnly ? [] : layout.validations.map((validation) => toDataValidation(validation.range, validation.rule)),
    names: options.readOnly ? [] : layout.names.map((name) => ({ name: name.name, address: name.address })),
    frozenRows: layout.frozen.rows,
    ...(options.print ? { print: { area: layout.print.printArea, titleRows: `$${layout.print.repeatRows.replace(":", ":$")}` } } : {}),
    protect: layout.protect,
    select: inputs[0]?.address ?? "A1",
  };
}
