import type ExcelJS from "exceljs";
import { readWorkbookGrid } from "../../../functions/xlsx/readWorkbookGrid";
import { renderTemplateXlsx } from "../../../functions/xlsx/renderTemplateXlsx";
import { TEMPLATE_VERSION } from "../../../shared/inventory/templateVersion";
import { buildSheetLayout } from "../../../shared/layout/buildSheetLayout";
import { layoutForSubmission } from "../../../shared/layout/layoutForSubmission";
import { locateCell } from "../../../shared/layout/locateCell";
import { parseSheet } from "../../../shared/layout/parseSheet";
import { renderValues } from "../../../shared/layout/renderValues";
import { aFilledSubmission, TYPED_QUANTITY } from "./support/aFilledSubmission";
import { fillLikeAUser, loadWorkbook } from "./support/fillLikeAUser";
import { convertWithLibreOffice, disposeLibreOfficeProfile, hasLibreOffice, parseCsv } from "./support/libreOffice";
import { unzipFiles } from "./support/zipFixtures";

/**
 * These tests prove that the workbooks open in LibreOffice (Debian package
 * libreoffice-calc-nogui). Without it they are skipped, unless LIBREOFFICE_REQUIRED=1 (CI), where
 * they fail instead.
 */
const available = hasLibreOffice() || process.env.LIBREOFFICE_REQUIRED === "1";
const describeWithLibreOffice = available ? describe : describe.skip;

const CSV_ALL_SHEETS_UTF8 = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
const layout = buildSheetLayout({ blocks: { fibre: 1, interconnexion: 1, isole: 2 }, templateVersion: TEMPLATE_VERSION });

describeWithLibreOffice("renderTemplateXlsx in LibreOffice", () => {
  jest.setTimeout(180_000);
  afterAll(disposeLibreOfficeProfile);

  test("LibreOffice opens the template: its single sheet exported to CSV holds every text of the layout at its place", async () => {
    const files = await convertWithLibreOffice(await renderTemplateXlsx(layout), "modele.xlsx", CSV_ALL_SHEETS_UTF8);
    expect([...files.keys()]).toEqual([`modele-${layout.sheetName}.csv`]);
    const rows = parseCsv(files.get(`modele-${layout.sheetName}.csv`)?.toString("utf8") ?? "");
    expect(rows).toHaveLength(layout.rowCount);
    for (const cell of layout.cells) {
      if (typeof cell.value === "string") expect([cell.address, rows[cell.row - 1]?.[cell.column - 1]]).toEqual([cell.address, cell.value]);
    }
  });

  test("LibreOffice prints it on A4 landscape pages", async () => {
    const files = await convertWithLibreOffice(await renderTemplateXlsx(layout), "modele.xlsx", "pdf");
    const pdf = files.get("modele.pdf")?.toString("latin1") ?? "";
    expect(pdf.startsWith("%PDF-")).toBe(true);
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((match) => [Math.round(Number(match[1])), Math.round(Number(match[2]))]);
    expect(boxes.length).toBeGreaterThanOrEqual(2);
    expect(new Set(boxes.map((box) => box.join("x")))).toEqual(new Set(["842x595"]));
  });

  test("LibreOffice starts a page at each of the template's page breaks and nowhere else: no section is split from its title, blank or prefilled", async () => {
    const pageCount = (pdf: Buffer | undefined) => [...(pdf?.toString("latin1") ?? "").matchAll(/\/Type\s*\/Page\b(?!s)/g)].length;
    const blank = await convertWithLibreOffice(await renderTemplateXlsx(layout), "modele.xlsx", "pdf");
    expect(layout.print.rowBreaks.length).toBeGreaterThan(3);
    expect(pageCount(blank.get("modele.pdf"))).toBe(layout.print.rowBreaks.length + 1);
    // Prefilled with long descriptions: taller rows, other breaks (as written in the file).
    const submission = aFilledSubmission();
    const filledLayout = layoutForSubmission(submission);
    const long = "Description longue sur plusieurs lignes ".repeat(8);
    const values = renderValues(filledLayout, submission).map((value) => (value.column === 4 && value.value !== null ? { ...value, value: long } : value));
    const prefilled = await renderTemplateXlsx(filledLayout, values);
    const sheetXml = unzipFiles(prefilled).find((file) => file.name === "xl/worksheets/sheet1.xml")?.content.toString("utf8") ?? "";
    const breaks = [...sheetXml.matchAll(/<brk id="(\d+)"/g)].length;
    expect(breaks).toBeGreaterThan(filledLayout.print.rowBreaks.length);
    expect(pageCount((await convertWithLibreOffice(prefilled, "prerempli.xlsx", "pdf")).get("prerempli.pdf"))).toBe(breaks + 1);
  });

  test("a workbook filled in, then saved by LibreOffice, keeps protection, hidden key column, validations, names, and reads back as the same submission", async () => {
    const submission = aFilledSubmission();
    const filledLayout = layoutForSubmission(submission);
    const typedAt = locateCell(filledLayout)({ kind: "row", rowId: TYPED_QUANTITY.rowId, column: "quantity" }) ?? "";
    const filled = await fillLikeAUser(await renderTemplateXlsx(filledLayout), filledLayout, submission, { [typedAt]: TYPED_QUANTITY.text });
    const files = await convertWithLibreOffice(filled, "rempli.xlsx", "xlsx:Calc MS Excel 2007 XML");
    const saved = files.get("rempli.xlsx");
    if (!saved) throw new Error(`LibreOffice wrote ${[...files.keys()].join(", ")}`);

    const workbook = await loadWorkbook(saved);
    const sheet = workbook.getWorksheet(filledLayout.sheetName) as ExcelJS.Worksheet;
    // LibreOffice writes sheet="true", which ExcelJS does not read back: look at the XML itself.
    const sheetXml = unzipFiles(saved).find((file) => file.name === "xl/worksheets/sheet1.xml")?.content.toString("utf8") ?? "";
    expect(sheetXml).toMatch(/<sheetProtection [^>]*sheet="(?:1|true)"/);
    expect(sheet.getColumn(1).hidden).toBe(true);
    const firstRule = filledLayout.validations[0];
    expect(sheet.getCell(firstRule?.range.split(":")[0] ?? "").dataValidation).toMatchObject({ type: "date" });
    const names = new Set(workbook.definedNames.model.map((name) => name.name));
    for (const name of filledLayout.names) expect(names).toContain(name.name);

    const read = await readWorkbookGrid(saved);
    if (!read.ok) throw new Error(read.message);
    const parsed = parseSheet(read.grid);
    expect(parsed.findings).toEqual([]);
    expect(parsed.submission).toEqual(submission);
  });
});
