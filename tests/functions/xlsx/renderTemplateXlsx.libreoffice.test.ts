import type ExcelJS from "exceljs";
import { readWorkbookGrid } from "../../../functions/xlsx/readWorkbookGrid";
import { renderTemplateXlsx } from "../../../functions/xlsx/renderTemplateXlsx";
import { TEMPLATE_VERSION } from "../../../shared/inventory/templateVersion";
import { buildSheetLayout } from "../../../shared/layout/buildSheetLayout";
import { layoutForSubmission } from "../../../shared/layout/layoutForSubmission";
import { locateCell } from "../../../shared/layout/locateCell";
import { parseSheet } from "../../../shared/layout/parseSheet";
import { renderValues } from "../../../shared/layout/renderValues";
import { instructionsSheet } from "../../../shared/layout/instructionsSheet";
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

/** The pages of a PDF in order, as `width x height` in points (A4: 595x842 portrait, 842x595 landscape). */
function pagesOf(pdf: Buffer | undefined): string[] {
  const text = pdf?.toString("latin1") ?? "";
  expect(text.startsWith("%PDF-")).toBe(true);
  const pages = [...text.matchAll(/\/Type\s*\/Page\b(?!s)[^]*?\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
  return pages.map((match) => `${Math.round(Number(match[1]))}x${Math.round(Number(match[2]))}`);
}

const CSV_ALL_SHEETS_UTF8 = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
const layout = buildSheetLayout({ blocks: { fibre: 1, interconnexion: 1, isole: 2 }, templateVersion: TEMPLATE_VERSION });

describeWithLibreOffice("renderTemplateXlsx in LibreOffice", () => {
  jest.setTimeout(180_000);
  afterAll(disposeLibreOfficeProfile);

  test("LibreOffice opens the template: its sheet exported to CSV holds every text of the layout at its place, its « Mode d'emploi » the instructions", async () => {
    const files = await convertWithLibreOffice(await renderTemplateXlsx(layout), "modele.xlsx", CSV_ALL_SHEETS_UTF8);
    expect([...files.keys()].sort()).toEqual([`modele-${layout.sheetName}.csv`, "modele-Mode d'emploi.csv"].sort());
    const instructions = parseCsv(files.get("modele-Mode d'emploi.csv")?.toString("utf8") ?? "");
    expect(instructions.map((row) => row[1])).toEqual(instructionsSheet(TEMPLATE_VERSION).map((line) => line.text));
    const rows = parseCsv(files.get(`modele-${layout.sheetName}.csv`)?.toString("utf8") ?? "");
    expect(rows).toHaveLength(layout.rowCount);
    for (const cell of layout.cells) {
      if (typeof cell.value === "string") expect([cell.address, rows[cell.row - 1]?.[cell.column - 1]]).toEqual([cell.address, cell.value]);
    }
  });

  test("LibreOffice prints the template on A4 landscape pages, then the « Mode d'emploi » on one A4 portrait page", async () => {
    const files = await convertWithLibreOffice(await renderTemplateXlsx(layout), "modele.xlsx", "pdf");
    const pages = pagesOf(files.get("modele.pdf"));
    expect(pages).toEqual([...Array<string>(layout.print.rowBreaks.length + 1).fill("842x595"), "595x842"]);
  });

  test("LibreOffice starts a page at each of the template's page breaks and nowhere else: no section is split from its title, blank or prefilled", async () => {
    // The template's pages, the « Mode d'emploi » page left out.
    const pageCount = (pdf: Buffer | undefined) => pagesOf(pdf).length - 1;
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
