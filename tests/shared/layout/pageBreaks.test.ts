import fc from "fast-check";
import { TEMPLATE_VERSION } from "../../../shared/inventory/templateVersion";
import { buildSheetLayout } from "../../../shared/layout/buildSheetLayout";
import { estimateRowHeights } from "../../../shared/layout/estimateRowHeights";
import { keepTogetherRuns } from "../../../shared/layout/keepTogetherRuns";
import { pageBreaks, pageCapacity } from "../../../shared/layout/pageBreaks";
import type { SheetLayout } from "../../../shared/layout/sheetLayout";

const keyAt = (layout: SheetLayout) => new Map(layout.cells.filter((cell) => cell.column === 1).map((cell) => [cell.row, String(cell.value)]));
const headerRow = (layout: SheetLayout) => Number(layout.print.repeatRows.split(":")[0]);

/** The printed height of each page the breaks make (repeated column headers included). */
function pageHeights(layout: SheetLayout, breaks: readonly number[], heights: ReadonlyMap<number, number>): number[] {
  const repeat = headerRow(layout);
  const starts = [1, ...breaks.map((row) => row + 1)];
  return starts.map((first, i) => {
    const last = (starts[i + 1] ?? layout.rowCount + 1) - 1;
    let total = first > repeat ? (heights.get(repeat) ?? 15) : 0;
    for (let row = first; row <= last; row += 1) total += heights.get(row) ?? 15;
    return total;
  });
}

describe("keepTogetherRuns", () => {
  test("runs cover the sheet in order; each opens on a title row, the inventory's column headers and a kind's header go with what follows", () => {
    const layout = buildSheetLayout({ blocks: { fibre: 1, interconnexion: 0, isole: 2 }, templateVersion: TEMPLATE_VERSION });
    const keys = keyAt(layout);
    const runs = keepTogetherRuns(layout);
    expect(runs[0]?.first).toBe(1);
    expect(runs.at(-1)?.last).toBe(layout.rowCount);
    runs.slice(1).forEach((run, i) => expect(run.first).toBe((runs[i]?.last ?? 0) + 1));
    const opening = runs.map((run) => keys.get(run.first));
    expect(opening.slice(0, 6)).toEqual(["sheet:title", "part:identity", "part:sets", "part:domains", "part:referents", "part:inventory"]);
    // The inventory's banner, column headers and first section are one run.
    const inventory = runs[5]!;
    expect([...keys.entries()].filter(([row]) => row >= inventory.first && row <= inventory.last).map(([, key]) => key).slice(0, 3)).toEqual(["part:inventory", "inventory:header", expect.stringMatching(/^section:/)]);
    // A kind of configuration's header opens the run of its first configuration; with none, the next kind's.
    expect(opening).toContain("blocks:fibre");
    expect(opening).not.toContain("block:fibre[1]");
    expect(opening).toContain("blocks:interconnexion");
    expect(opening).not.toContain("blocks:isole");
    expect(opening).toContain("block:isole[2]");
  });
});

describe("pageBreaks", () => {
  test("the template's pages each hold at most a page, and every page starts with a title row: no section split from its title", () => {
    fc.assert(
      fc.property(fc.record({ fibre: fc.nat(4), interconnexion: fc.nat(4), isole: fc.nat(4) }), (blocks) => {
        const layout = buildSheetLayout({ blocks, templateVersion: TEMPLATE_VERSION });
        const heights = estimateRowHeights(layout, layout.cells);
        const breaks = layout.print.rowBreaks;
        expect(breaks).toEqual(pageBreaks(layout, heights, headerRow(layout)));
        expect(breaks.length).toBeGreaterThan(0);
        for (const height of pageHeights(layout, breaks, heights)) expect(height).toBeLessThanOrEqual(pageCapacity(layout));
        const runStarts = new Set(keepTogetherRuns(layout).map((run) => run.first));
        for (const row of breaks) expect([row + 1, runStarts.has(row + 1)]).toEqual([row + 1, true]);
      }),
      { numRuns: 25 },
    );
  });

  test("taller rows (prefilled text) move the breaks, still at titles", () => {
    const layout = buildSheetLayout({ blocks: { fibre: 1, interconnexion: 1, isole: 2 }, templateVersion: TEMPLATE_VERSION });
    // Every row of the inventory at least a third taller than a line, as wrapped descriptions would make them.
    const estimated = estimateRowHeights(layout, layout.cells);
    const tall = new Map(Array.from({ length: layout.rowCount }, (_, i) => i + 1).map((row) => [row, row > headerRow(layout) ? Math.max(20, estimated.get(row) ?? 15) : (estimated.get(row) ?? 15)] as const));
    const breaks = pageBreaks(layout, tall, headerRow(layout));
    expect(breaks).not.toEqual(layout.print.rowBreaks);
    expect(breaks.length).toBeGreaterThan(layout.print.rowBreaks.length);
    const runStarts = new Set(keepTogetherRuns(layout).map((run) => run.first));
    for (const row of breaks) expect([row + 1, runStarts.has(row + 1)]).toEqual([row + 1, true]);
    for (const height of pageHeights(layout, breaks, tall)) expect(height).toBeLessThanOrEqual(pageCapacity(layout));
  });

  test("a part longer than a page (200 référents) fills pages row by row, its title on the first", () => {
    const layout = buildSheetLayout({ blocks: { fibre: 0, interconnexion: 0, isole: 0 }, templateVersion: TEMPLATE_VERSION, referentRows: 200 });
    const keys = keyAt(layout);
    const referents = keepTogetherRuns(layout).find((run) => keys.get(run.first) === "part:referents")!;
    const inside = layout.print.rowBreaks.filter((row) => row >= referents.first && row < referents.last);
    expect(inside.length).toBeGreaterThan(3);
    expect(layout.print.rowBreaks).toContain(referents.first - 1);
    for (const height of pageHeights(layout, layout.print.rowBreaks, estimateRowHeights(layout, layout.cells))) expect(height).toBeLessThanOrEqual(pageCapacity(layout));
  });
});
