import { inspectSubmission } from "../../../shared/inspection/inspectSubmission";
import type { CellRef } from "../../../shared/inventory/cellRef";
import { layoutForSubmission } from "../../../shared/layout/layoutForSubmission";
import { locateCell } from "../../../shared/layout/locateCell";
import { readSheet } from "../../../shared/layout/readSheet";
import { filledGrid, rowWithKey } from "../layout/sheetFixtures";
import { aCompleteSubmission, TODAY } from "../checks/support/aCompleteSubmission";
import { withAnswer } from "../checks/support/edit";

const submission = withAnswer(aCompleteSubmission({ domains: [1, 2, 3, 16] }), "app2.recrutement", undefined);
const recrutement: CellRef = { kind: "row", rowId: "app2.recrutement", column: "quantity" };
const findingsOf = (locate?: Parameters<typeof inspectSubmission>[1]["locate"]) =>
  inspectSubmission(submission, { today: TODAY, ...(locate ? { locate } : {}) }).findings.filter((finding) => finding.rowId === "app2.recrutement");

describe("inspectSubmission: where findings point", () => {
  test("without a sheet, at the cells of the sheet that renders the submission", () => {
    const template = locateCell(layoutForSubmission(submission));
    const findings = findingsOf();
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) expect(finding.cell).toBe(template(finding.ref!));
  });

  test("with the locator of the sheet read, at the cells of that sheet: a row inserted above moves them one row down", () => {
    const grid = filledGrid(submission);
    grid.splice(rowWithKey(grid, "blocks:interconnexion"), 0, []);
    const sheet = readSheet(grid);
    expect(sheet.submission).toEqual(submission);
    const template = locateCell(layoutForSubmission(submission));
    const findings = findingsOf(sheet.locate);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      const address = template(finding.ref!)!;
      expect(finding.cell).toBe(`${address.replace(/\d+$/, "")}${Number(/\d+$/.exec(address)?.[0]) + 1}`);
    }
    expect(findings.map((finding) => finding.ref)).toContainEqual(recrutement);
  });

  test("a cell the sheet does not have gives a finding without address, never another row's", () => {
    const grid = filledGrid(submission);
    grid.splice(rowWithKey(grid, "app2.recrutement"), 1);
    const findings = findingsOf(readSheet(grid).locate);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) expect(finding.cell).toBeUndefined();
  });
});
