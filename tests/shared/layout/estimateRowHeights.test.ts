import { estimateRowHeights } from "../../../shared/layout/estimateRowHeights";
import { TEMPLATE_VERSION } from "../../../shared/inventory/templateVersion";
import { buildSheetLayout } from "../../../shared/layout/buildSheetLayout";

const layout = buildSheetLayout({ blocks: { fibre: 1, interconnexion: 0, isole: 0 }, templateVersion: TEMPLATE_VERSION });
const description = layout.columns.find((column) => column.role === "description");

describe("estimateRowHeights", () => {
  test("a long wrapped text gets a line of 15 points per line it needs; short text keeps the default height", () => {
    const column = description?.index ?? 4;
    const heights = estimateRowHeights(
      layout,
      [
        { row: 500, column, value: "mot ".repeat(60), style: "input" },
        { row: 501, column, value: "court", style: "input" },
        { row: 502, column, value: "première\nseconde\ntroisième", style: "input" },
      ],
    );
    expect(heights.get(500)).toBe(60);
    expect(heights.has(501)).toBe(false);
    expect(heights.get(502)).toBe(45);
  });

  test("text in merged cells uses the merged width, larger fonts taller rows, hidden columns count for nothing", () => {
    const heights = estimateRowHeights(layout, layout.cells);
    const title = layout.cells.find((cell) => cell.style === "title");
    expect(heights.get(title?.row ?? 0)).toBe(20);
    const banner = layout.cells.find((cell) => cell.style === "sectionHeader" && typeof cell.value === "string" && cell.value.startsWith("Inventaire"));
    expect(heights.has(banner?.row ?? 0)).toBe(false);
    expect(estimateRowHeights(layout, [{ row: 600, column: 1, value: "x".repeat(500), style: "label" }]).size).toBe(0);
  });

  test("never taller than Excel allows", () => {
    const heights = estimateRowHeights(layout, [{ row: 700, column: 4, value: "x".repeat(20_000), style: "input" }]);
    expect(heights.get(700)).toBe(409);
  });
});
