import type { CellStyle, CellStyleSpec } from "../../shared/layout/cellStyles";
import type { CellFormat, FormatRun } from "./CellFormat";
import { bordersOf } from "./bordersOf";
import { rectangleAddress, toRectangles, type CellPosition } from "./toRectangles";

/** The grey of the thin cell borders, as in the server's template.xlsx. */
export const BORDER_COLOR = "#A6A6A6";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;

/** One aspect of a style applied on its own: cells sharing that aspect are formatted together, whatever their style. */
interface Plane {
  /** Text telling apart the values of the aspect; undefined when the style leaves it at Excel's default. */
  key(spec: CellStyleSpec): string | undefined;
  format(spec: CellStyleSpec): CellFormat;
}

const PLANES: readonly Plane[] = [
  {
    key: (spec) => (spec.fill || !spec.locked ? `${spec.fill}|${spec.locked}` : undefined),
    format: (spec) => ({ ...(spec.fill ? { fill: spec.fill } : {}), ...(spec.locked ? {} : { locked: false as const }) }),
  },
  {
    key: (spec) => (spec.fontColor || spec.bold || spec.italic || spec.fontSize ? `${spec.fontColor}|${spec.bold}|${spec.italic}|${spec.fontSize}` : undefined),
    format: (spec) => ({
      ...(spec.fontColor ? { fontColor: spec.fontColor } : {}),
      ...(spec.bold ? { bold: true } : {}),
      ...(spec.italic ? { italic: true } : {}),
      ...(spec.fontSize ? { fontSize: spec.fontSize } : {}),
    }),
  },
  {
    key: (spec) => (spec.horizontal || spec.wrap ? `${spec.horizontal}|${spec.wrap}` : undefined),
    format: (spec) => ({ ...(spec.horizontal ? { horizontal: HORIZONTAL[spec.horizontal] } : {}), ...(spec.wrap ? { wrap: true } : {}) }),
  },
];

/** A styled cell. */
export interface StyledCell extends CellPosition {
  readonly style: CellStyle;
}

/**
 * The formats of styled cells as few Office.js range formats as possible: each aspect of the
 * styles (fill and lock, font, alignment) over the rectangles of the cells sharing it, and one grid of thin
 * borders over the rectangles of all bordered cells — a request's size then grows with the sheet's
 * structure, not with its cell count.
 */
export function planStyleFormats(cells: readonly StyledCell[], styles: Readonly<Record<CellStyle, CellStyleSpec>>): FormatRun[] {
  const runs: FormatRun[] = [];
  for (const plane of PLANES) {
    const groups = new Map<string, { spec: CellStyleSpec; cells: CellPosition[] }>();
    for (const cell of cells) {
      const spec = styles[cell.style];
      const key = plane.key(spec);
      if (key === undefined) continue;
      const group = groups.get(key) ?? { spec, cells: [] };
      group.cells.push(cell);
      groups.set(key, group);
    }
    for (const { spec, cells: grouped } of groups.values()) {
      const format = plane.format(spec);
      for (const rectangle of toRectangles(grouped)) runs.push({ address: rectangleAddress(rectangle), format });
    }
  }
  const bordered = cells.filter((cell) => styles[cell.style].border);
  for (const rectangle of toRectangles(bordered)) runs.push({ address: rectangleAddress(rectangle), format: { borders: bordersOf(rectangle), borderColor: BORDER_COLOR } });
  return runs;
}
