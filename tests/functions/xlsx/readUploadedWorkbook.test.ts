import type ExcelJS from "exceljs";
import type { CellRef } from "../../../shared/inventory/cellRef";
import { layoutForSubmission } from "../../../shared/layout/layoutForSubmission";
import { readSheet } from "../../../shared/layout/readSheet";
import type { SheetLayout } from "../../../shared/layout/sheetLayout";
import { locatorOf } from "../../../functions/xlsx/locatorOf";
import { readUploadedWorkbook } from "../../../functions/xlsx/readUploadedWorkbook";
import { readWorkbookGrid } from "../../../functions/xlsx/readWorkbookGrid";
import { renderTemplateXlsx } from "../../../functions/xlsx/renderTemplateXlsx";
import { sheetCellRefs } from "../../../functions/xlsx/sheetCellRefs";
import { aCompleteSubmission, aReferent } from "../../shared/checks/support/aCompleteSubmission";
import { fillLikeAUser } from "./support/fillLikeAUser";

const base = aCompleteSubmission({ blocks: { fibre: 3, interconnexion: 1, isole: 2 } });
const submission = { ...base, inventory: { ...base.inventory, referents: [aReferent(), aReferent({ nom: "Durand" }), aReferent({ nom: "Petit" })] } };
const layout = layoutForSubmission(submission);
const rowOf = (key: string) => layout.cells.find((cell) => cell.column === 1 && cell.value === key)!.row;
const rowsOf = (prefix: string) => layout.cells.filter((cell) => cell.column === 1 && String(cell.value).startsWith(prefix)).map((cell) => cell.row);

/** The workbook of the submission, filled as in Excel, then edited. */
async function workbook(edit: (sheet: ExcelJS.Worksheet, layout: SheetLayout) => void = () => undefined): Promise<Buffer> {
  return fillLikeAUser(await renderTemplateXlsx(layout), layout, submission, {}, (_workbook, sheet) => edit(sheet, layout));
}

const cases: [string, () => Promise<Buffer>][] = [
  ["as filled", () => workbook()],
  ["a row inserted above the blocks", () => workbook((sheet) => void sheet.insertRow(rowOf("blocks:interconnexion"), []))],
  ["an optional row deleted", () => workbook((sheet) => void sheet.spliceRows(rowOf("app1.autres"), 1))],
  [
    "configuration 2 of fibre removed (blocks renumbered)",
    () =>
      workbook((sheet) => {
        const rows = [...rowsOf("fibre[2]/"), rowOf("block:fibre[2]")].sort((a, b) => a - b);
        sheet.spliceRows(rows[0]!, rows.length);
      }),
  ],
  [
    "référent n° 2 emptied (référents compacted)",
    () =>
      workbook((sheet) => {
        const row = rowOf("referent[2]");
        for (let column = 2; column <= 8; column++) sheet.getRow(row).getCell(column).value = null;
      }),
  ],
];

describe("readUploadedWorkbook: the sheet's reading as plain data, for a worker thread to send back", () => {
  test.each(cases)("%s: readSheet's submission and findings, and a locator that answers as readSheet's on every cell", async (_name, make) => {
    const bytes = await make();
    const grid = await readWorkbookGrid(bytes);
    if (!grid.ok) throw new Error(grid.message);
    const reading = readSheet(grid.grid);
    const uploaded = await readUploadedWorkbook(bytes);
    expect(uploaded).toEqual({ ok: true, submission: reading.submission, findings: reading.findings, addresses: expect.any(Array) });
    expect(structuredClone(uploaded)).toEqual(uploaded);
    if (!uploaded.ok) return;
    const locate = locatorOf(uploaded.addresses);
    const refs: CellRef[] = [...sheetCellRefs(grid.grid), ...layout.cells.flatMap((cell) => (cell.ref ? [cell.ref] : []))];
    const differing = refs.filter((ref) => locate(ref) !== reading.locate(ref));
    expect(differing).toEqual([]);
    expect(refs.filter((ref) => locate(ref) !== undefined).length).toBeGreaterThan(100);
  });

  test("a workbook the reader refuses gives its message, and a sheet that gives no submission its findings", async () => {
    expect(await readUploadedWorkbook(Buffer.from("pas un classeur"))).toEqual({ ok: false, message: expect.stringMatching(/^fichier illisible/) });
    const blank = await readUploadedWorkbook(await renderTemplateXlsx(layout));
    expect(blank).toMatchObject({ ok: true, submission: undefined, addresses: [] });
    expect(blank.ok && blank.findings.some((finding) => finding.severity === "error")).toBe(true);
  });
});
