import { cellAddress } from "../../shared/layout/cellAddress";

/** A cell by its 1-based row and column. */
export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/** A rectangle of cells, 1-based and inclusive. */
export interface Rectangle {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The A1 address of a rectangle: "E12" or "B4:F9". */
export function rectangleAddress(rectangle: Rectangle): string {
  const from = cellAddress(rectangle.top, rectangle.left);
  return rectangle.top === rectangle.bottom && rectangle.left === rectangle.right ? from : `${from}:${cellAddress(rectangle.bottom, rectangle.right)}`;
}

/**
 * Covers cells with few rectangles, so that one Office.js call formats many cells: horizontal runs
 * row by row, then the runs spanning the same columns on consecutive rows stacked into one.
 * Sorted top to bottom, left to right; duplicates are ignored.
 */
export function toRectangles(cells: readonly CellPosition[]): Rectangle[] {
  const rows = new Map<number, Set<number>>();
  for (const { row, column } of cells) {
    const columns = rows.get(row) ?? new Set<number>();
    columns.add(column);
    rows.set(row, columns);
  }
  const done: Rectangle[] = [];
  let open = new Map<string, Rectangle>();
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const next = new Map<string, Rectangle>();
    for (const [left, right] of horizontalRuns(rows.get(row) ?? new Set())) {
      const span = `${left}:${right}`;
      const above = open.get(span);
      if (above && above.bottom === row - 1) {
        next.set(span, { ...above, bottom: row });
        open.delete(span);
      } else next.set(span, { top: row, left, bottom: row, right });
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

function horizontalRuns(columns: ReadonlySet<number>): [number, number][] {
  const runs: [number, number][] = [];
  for (const column of [...columns].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && last[1] === column - 1) last[1] = column;
    else runs.push([column, column]);
  }
  return runs;
}
