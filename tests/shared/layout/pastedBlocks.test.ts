import type { Finding } from "../../../shared/checks/finding";
import { readSheet } from "../../../shared/layout/readSheet";
import { parseSheet } from "../../../shared/layout/parseSheet";
import { filledGrid, rowWithKey, sampleSubmission, type Grid } from "./sheetFixtures";

const errors = (findings: readonly Finding[]) => findings.filter((finding) => finding.severity === "error");

/** The rows of a block (title and rows) as pasted from columns B:F only: the hidden key column left empty. */
const pastedRows = (grid: Grid, kind: string, number: number) =>
  grid.filter((row) => row[0] === `block:${kind}[${number}]` || String(row[0]).startsWith(`${kind}[${number}]/`)).map((row) => [null, ...row.slice(1)]);

describe("readSheet: a site configuration pasted without its key column (rows inserted, columns B:F pasted)", () => {
  const submission = sampleSubmission();

  test("with its title row: read as one more configuration of its kind, with a note at its title cell; its cells are located", () => {
    const grid = filledGrid(submission);
    const pasted = pastedRows(grid, "isole", 1);
    const posteFixe = pasted.findIndex((row) => row[2] === "Poste informatique - Fixe");
    pasted[posteFixe]![4] = 7;
    pasted[1]![3] = "Gymnase";
    const at = rowWithKey(grid, "isole[1]/site.autres") + 1;
    grid.splice(at, 0, ...pasted);
    const reading = readSheet(grid);
    expect(reading.findings).toEqual([{ ruleId: "parse.pastedBlock", severity: "warning", sectionId: "blocks.isole.3", cell: `B${at + 1}`, message: expect.stringContaining("Configuration Type 3") }]);
    const isole = reading.submission?.inventory.blocks.isole ?? [];
    expect(isole).toHaveLength(3);
    expect(isole[2]?.answers["site.adresses"]).toEqual({ description: "Gymnase" });
    expect(isole[2]?.answers["site.posteFixe"]).toEqual({ quantity: 7 });
    expect(reading.locate({ kind: "blockRow", block: "isole", index: 2, rowId: "site.posteFixe", column: "quantity" })).toBe(`E${at + posteFixe + 1}`);
    expect(isole.slice(0, 2)).toEqual(submission.inventory.blocks.isole);
  });

  test("without its title row, between two configurations: the kind comes from the labels, or from the configurations around when the labels fit two kinds", () => {
    const grid = filledGrid(submission);
    const rows = pastedRows(grid, "fibre", 1).slice(1);
    rows[0]![3] = "Mairie annexe";
    grid.splice(rowWithKey(grid, "fibre[1]/site.autres") + 1, 0, ...rows);
    const reading = readSheet(grid);
    expect(reading.findings).toMatchObject([{ ruleId: "parse.pastedBlock", severity: "warning", sectionId: "blocks.fibre.2" }]);
    expect(reading.submission?.inventory.blocks.fibre[1]?.answers["site.adresses"]).toEqual({ description: "Mairie annexe" });
  });

  test("a part of a configuration pasted is one error at its first cell saying how to add one, nothing read, no other finding for those rows", () => {
    const grid = filledGrid(submission);
    const rows = pastedRows(grid, "isole", 1).slice(0, 6);
    rows[5]![4] = 3;
    const at = rowWithKey(grid, "isole[2]/site.autres") + 1;
    grid.splice(at, 0, ...rows);
    const { findings, submission: read } = parseSheet(grid);
    expect(findings).toEqual([{ ruleId: "parse.pastedBlock", severity: "error", sectionId: "blocks.isole.1", cell: `B${at + 1}`, message: expect.stringContaining("Pour ajouter une configuration") }]);
    expect(findings[0]?.message).toContain(`lignes ${at + 1} à ${at + 6}`);
    expect(read?.inventory.blocks.isole).toEqual(submission.inventory.blocks.isole);
  });
});

describe("readSheet: nothing typed is ignored while the sheet is accepted", () => {
  const submission = sampleSubmission();

  test("a value typed outside the cells to fill of a model row (unit column, beyond the table) is an error at that cell", () => {
    const grid = filledGrid(submission);
    const row = rowWithKey(grid, "reseau.totalAgents");
    grid[row]![5] = "1200";
    grid[row]![7] = "saisonniers";
    const { findings } = parseSheet(grid);
    expect(errors(findings)).toEqual([
      { ruleId: "parse.strayCell", severity: "error", cell: `F${row + 1}`, message: expect.stringContaining("« Nombre total d'agents »") },
      { ruleId: "parse.strayCell", severity: "error", cell: `H${row + 1}`, message: expect.stringContaining("« saisonniers »") },
    ]);
  });

  test("the labels and hints of the template, as written, are not findings", () => {
    expect(parseSheet(filledGrid(submission)).findings).toEqual([]);
  });
});

describe("readSheet: a site configuration left entirely blank", () => {
  test("counts as absent, with a note naming it, and the next ones are renumbered; one typed cell makes it read", () => {
    const submission = sampleSubmission();
    const blank = { ...submission, inventory: { ...submission.inventory, blocks: { ...submission.inventory.blocks, isole: [{ answers: {} }, ...submission.inventory.blocks.isole] } } };
    const grid = filledGrid(blank);
    const reading = readSheet(grid);
    expect(reading.findings).toEqual([{ ruleId: "parse.blankBlock", severity: "warning", sectionId: "blocks.isole.1", message: expect.stringContaining("comptée comme absente") }]);
    expect(reading.findings[0]?.message).not.toMatch(/aucun|\b0\b/);
    expect(reading.submission?.inventory.blocks.isole).toEqual(submission.inventory.blocks.isole);
    const second = rowWithKey(grid, "isole[2]/site.posteFixe");
    expect(reading.locate({ kind: "blockRow", block: "isole", index: 0, rowId: "site.posteFixe", column: "quantity" })).toBe(`E${second + 1}`);

    grid[rowWithKey(grid, "isole[1]/site.posteFixe")]![4] = 0;
    expect(readSheet(grid).submission?.inventory.blocks.isole).toHaveLength(3);
  });
});
