import { TEMPLATE_VERSION } from "../../../shared/inventory/templateVersion";
import { buildSheetLayout } from "../../../shared/layout/buildSheetLayout";
import { layoutForSubmission } from "../../../shared/layout/layoutForSubmission";
import { locateCell } from "../../../shared/layout/locateCell";
import { sampleSubmission } from "./sheetFixtures";

describe("locateCell", () => {
  const layout = buildSheetLayout({ blocks: { fibre: 2, interconnexion: 0, isole: 1 }, templateVersion: TEMPLATE_VERSION });
  const locate = locateCell(layout);

  test("finds the address of every input cell from its reference", () => {
    for (const cell of layout.cells) if (cell.ref) expect(locate(cell.ref)).toBe(cell.address);
  });

  test("answers undefined for a cell the sheet does not have", () => {
    expect(locate({ kind: "blockRow", block: "interconnexion", index: 0, rowId: "site.posteFixe", column: "quantity" })).toBeUndefined();
    expect(locate({ kind: "blockRow", block: "fibre", index: 2, rowId: "site.posteFixe", column: "quantity" })).toBeUndefined();
    expect(locate({ kind: "row", rowId: "reseau.adresses", column: "quantity" })).toBeUndefined();
    expect(locate({ kind: "referent", index: 6, field: "nom" })).toBeUndefined();
  });

  test("the identity and totals sit where the named ranges say", () => {
    const names = Object.fromEntries(layout.names.map((name) => [name.name, name.address]));
    expect(locate({ kind: "identity", field: "insee" })).toBe(names.Insee);
    expect(locate({ kind: "row", rowId: "reseau.totalPostes", column: "quantity" })).toBe(names.TotalPostes);
  });
});

describe("layoutForSubmission", () => {
  test("takes the block counts, référent rows and version from the submission", () => {
    const submission = sampleSubmission();
    const layout = layoutForSubmission(submission);
    expect(layout.blockCounts).toEqual({ fibre: 1, interconnexion: 1, isole: 2 });
    expect(layout.referentRows).toBe(6);
    expect(layout.templateVersion).toBe(submission.inventory.templateVersion);
    const many = { ...submission, inventory: { ...submission.inventory, referents: Array.from({ length: 8 }, () => submission.inventory.referents[0]!) } };
    expect(layoutForSubmission(many, "2027.1")).toMatchObject({ referentRows: 8, templateVersion: "2027.1" });
  });
});
