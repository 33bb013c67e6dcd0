import fc from "fast-check";
import type { CellRef } from "../../../shared/inventory/cellRef";
import { REFERENT_FIELDS } from "../../../shared/inventory/referent";
import { layoutForSubmission } from "../../../shared/layout/layoutForSubmission";
import { parseSheet } from "../../../shared/layout/parseSheet";
import { readSheet } from "../../../shared/layout/readSheet";
import { addressOf, filledGrid, position, rowWithKey, sampleSubmission, withCell } from "./sheetFixtures";
import { submissionArbitrary } from "./submissionArbitrary";

/** The address `rows` rows below (above when negative). */
function moved(address: string, rows: number): string {
  const { row } = position(address);
  return `${address.replace(/\d+$/, "")}${row + 1 + rows}`;
}

const firewall: CellRef = { kind: "row", rowId: "infra.firewall", column: "description" };
const insee: CellRef = { kind: "identity", field: "insee" };

describe("readSheet: what parseSheet reads, and where", () => {
  test("says what parseSheet says", () => {
    const grid = withCell(filledGrid(sampleSubmission()), addressOf(sampleSubmission(), { kind: "row", rowId: "reseau.totalSites", column: "quantity" }), "beaucoup");
    const { submission, findings } = readSheet(grid);
    expect(parseSheet(grid)).toEqual({ submission, findings });
    expect(readSheet([["Budget"]])).toMatchObject({ submission: undefined, findings: [{ ruleId: "parse.sheet" }] });
    expect(readSheet([["Budget"]]).locate(insee)).toBeUndefined();
  });

  test("on a sheet as rendered, every cell is where the template puts it", () => {
    fc.assert(
      fc.property(submissionArbitrary(2), (submission) => {
        const { locate } = readSheet(filledGrid(submission));
        for (const cell of layoutForSubmission(submission).cells) if (cell.ref) expect(locate(cell.ref)).toBe(cell.address);
      }),
      { numRuns: 30 },
    );
  });

  test("a row inserted above a cell: the cell is found one row down, the cells above stay", () => {
    const submission = sampleSubmission();
    const grid = filledGrid(submission);
    grid.splice(rowWithKey(grid, "blocks:interconnexion"), 0, [null, null, "Ma ligne", "ajoutée à la main", null, null]);
    const { locate, submission: read } = readSheet(grid);
    expect(read).toEqual(submission);
    for (const below of [
      { kind: "blockRow", block: "isole", index: 1, rowId: "site.postePortable", column: "quantity" },
      { kind: "notApplicable", sectionId: "video" },
    ] as const) {
      expect(locate(below)).toBe(moved(addressOf(submission, below), 1));
    }
    for (const above of [insee, firewall]) expect(locate(above)).toBe(addressOf(submission, above));
  });

  test("a deleted optional row: the cells below are found one row up; the deleted row's cells have no address", () => {
    const submission = sampleSubmission();
    const grid = filledGrid(submission);
    grid.splice(rowWithKey(grid, "reseau.adresses"), 1);
    const { locate } = readSheet(grid);
    expect(locate(firewall)).toBe(moved(addressOf(submission, firewall), -1));
    expect(locate({ kind: "row", rowId: "reseau.adresses", column: "description" })).toBeUndefined();
    expect(locate(insee)).toBe(addressOf(submission, insee));
  });

  test("an empty référent row between two: the second référent is found on its own row, not on the empty one", () => {
    const submission = sampleSubmission();
    let grid = filledGrid(submission);
    for (const { key: field } of REFERENT_FIELDS) {
      grid = withCell(grid, addressOf(submission, { kind: "referent", index: 1, field }), null);
      grid = withCell(grid, addressOf(submission, { kind: "referent", index: 2, field }), submission.inventory.referents[1]?.[field] || null);
    }
    const { locate, submission: read } = readSheet(grid);
    expect(read?.inventory.referents).toEqual(submission.inventory.referents);
    expect(locate({ kind: "referent", index: 0, field: "email" })).toBe(addressOf(submission, { kind: "referent", index: 0, field: "email" }));
    expect(locate({ kind: "referent", index: 1, field: "email" })).toBe(addressOf(submission, { kind: "referent", index: 2, field: "email" }));
    // The blank rows follow, in sheet order: where a référent not yet named would go.
    expect(locate({ kind: "referent", index: 2, field: "nom" })).toBe(addressOf(submission, { kind: "referent", index: 1, field: "nom" }));
  });

  test("with no référent named, the first référent is found on the first référent row", () => {
    const submission = { ...sampleSubmission(), inventory: { ...sampleSubmission().inventory, referents: [] } };
    const { locate } = readSheet(filledGrid(submission));
    expect(locate({ kind: "referent", index: 0, field: "nom" })).toBe(addressOf(submission, { kind: "referent", index: 0, field: "nom" }));
  });

  test("a block removed from the middle: the next block is found in its own rows, under its place in the submission", () => {
    const base = sampleSubmission();
    const three = { ...base, inventory: { ...base.inventory, blocks: { ...base.inventory.blocks, isole: [...base.inventory.blocks.isole, { answers: { "site.posteFixe": { quantity: 9 } } }] } } };
    const grid = filledGrid(three).filter((row) => !String(row[0]).startsWith("isole[2]/") && row[0] !== "block:isole[2]");
    const { locate, submission } = readSheet(grid);
    expect(submission?.inventory.blocks.isole).toHaveLength(2);
    const third = { kind: "blockRow", block: "isole", index: 2, rowId: "site.posteFixe", column: "quantity" } as const;
    const row = rowWithKey(grid, "isole[3]/site.posteFixe");
    expect(locate({ ...third, index: 1 })).toBe(`${addressOf(three, third).replace(/\d+$/, "")}${row + 1}`);
    expect(locate(third)).toBeUndefined();
  });

  test("a grid shifted by an inserted column: the cells are found one column right", () => {
    const submission = sampleSubmission();
    const { locate } = readSheet(filledGrid(submission).map((row) => [null, ...row]));
    expect(locate(insee)).toBe(`E${position(addressOf(submission, insee)).row + 1}`);
  });
});
