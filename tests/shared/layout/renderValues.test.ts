import { layoutForSubmission } from "../../../shared/layout/layoutForSubmission";
import { locateCell } from "../../../shared/layout/locateCell";
import { renderGrid } from "../../../shared/layout/renderGrid";
import { renderValues } from "../../../shared/layout/renderValues";
import { sampleSubmission } from "./sheetFixtures";

describe("renderValues", () => {
  const submission = sampleSubmission();
  const layout = layoutForSubmission(submission);
  const locate = locateCell(layout);
  const values = new Map(renderValues(layout, submission).map((value) => [value.address, value.value]));
  const at = (ref: Parameters<typeof locate>[0]) => values.get(locate(ref) ?? "");

  test("gives a value for every input cell, and only for input cells", () => {
    expect(values.size).toBe(layout.cells.filter((cell) => cell.input).length);
  });

  test("numbers as numbers (0 kept), blanks as null, dates as ISO text, choices as Oui/Non", () => {
    expect(at({ kind: "row", rowId: "reseau.totalAgents", column: "quantity" })).toBe(1234);
    expect(at({ kind: "row", rowId: "reseau.totalPostes", column: "quantity" })).toBe(0);
    expect(at({ kind: "row", rowId: "reseau.totalPostes", column: "description" })).toBeNull();
    expect(at({ kind: "row", rowId: "reseau.fibreKm", column: "quantity" })).toBe(12.5);
    expect(at({ kind: "identity", field: "etatDesLieux" })).toBe("2025-05-01");
    expect(at({ kind: "set", set: "A" })).toBe("Non");
    expect(at({ kind: "set", set: "B" })).toBe("Oui");
    expect(at({ kind: "domain", domain: 15 })).toBe("Oui");
    expect(at({ kind: "notApplicable", sectionId: "video" })).toBe("Oui");
    expect(at({ kind: "notApplicable", sectionId: "wifi" })).toBe("Non");
    expect(at({ kind: "referent", index: 1, field: "fonction" })).toBeNull();
    expect(at({ kind: "blockRow", block: "isole", index: 1, rowId: "site.postePortable", column: "quantity" })).toBe(5);
  });

  test("renderGrid overlays the values on the layout's fixed content", () => {
    const grid = renderGrid(layout, renderValues(layout, submission));
    expect(grid).toHaveLength(layout.rowCount);
    expect(grid[0]?.[0]).toBe("sheet:title");
    expect(grid[4]?.[3]).toBe("Dijon");
  });
});
