import type ExcelJS from "exceljs";
import { TEMPLATE_AUTHOR, renderTemplateXlsx } from "../../../functions/xlsx/renderTemplateXlsx";
import { forEachAddress } from "../../../functions/xlsx/forEachAddress";
import { TEMPLATE_VERSION } from "../../../shared/inventory/templateVersion";
import { buildSheetLayout } from "../../../shared/layout/buildSheetLayout";
import { layoutForSubmission } from "../../../shared/layout/layoutForSubmission";
import { locateCell } from "../../../shared/layout/locateCell";
import { renderValues } from "../../../shared/layout/renderValues";
import { instructionsSheet } from "../../../shared/layout/instructionsSheet";
import { readWorkbookGrid } from "../../../functions/xlsx/readWorkbookGrid";
import type { SheetLayout } from "../../../shared/layout/sheetLayout";
import { aFilledSubmission, TRICKY_DESCRIPTION } from "./support/aFilledSubmission";
import { loadWorkbook } from "./support/fillLikeAUser";
import { unzipFiles } from "./support/zipFixtures";

const layout = buildSheetLayout({ blocks: { fibre: 2, interconnexion: 1, isole: 2 }, templateVersion: TEMPLATE_VERSION });

let workbook: ExcelJS.Workbook;
let sheet: ExcelJS.Worksheet;

beforeAll(async () => {
  workbook = await loadWorkbook(await renderTemplateXlsx(layout));
  const found = workbook.getWorksheet(layout.sheetName);
  if (!found) throw new Error("sheet missing");
  sheet = found;
});

const cellsOfStyle = (sheetLayout: SheetLayout, style: string) => sheetLayout.cells.filter((cell) => cell.style === style);

describe("renderTemplateXlsx", () => {
  test("the workbook has the template's sheet, named as the layout, then its « Mode d'emploi », and French properties by Dijon Métropole", () => {
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual([layout.sheetName, "Mode d'emploi"]);
    expect(workbook.creator).toBe(TEMPLATE_AUTHOR);
    expect(workbook.title).toBe("Description organique du système d'information");
    expect(workbook.keywords).toContain(TEMPLATE_VERSION);
    expect((workbook as unknown as { language?: string }).language).toBe("fr-FR");
  });

  test("the « Mode d'emploi » sheet holds the instructions, one line a row, the legend's swatches in the sheet's colours", () => {
    const instructions = workbook.getWorksheet("Mode d'emploi") as ExcelJS.Worksheet;
    instructionsSheet(TEMPLATE_VERSION).forEach((line, i) => {
      const row = instructions.getRow(i + 1);
      expect([i + 1, row.getCell(2).value]).toEqual([i + 1, line.text]);
      if (line.kind === "legend") expect(row.getCell(1).fill).toMatchObject({ fgColor: { argb: `FF${line.fill.slice(1)}` } });
    });
  });

  test("the « Mode d'emploi » never trips the reader, even placed first: the template reads alone", async () => {
    const moved = await loadWorkbook(await renderTemplateXlsx(layout));
    (moved.getWorksheet("Mode d'emploi") as unknown as { orderNo: number }).orderNo = -1;
    const bytes = Buffer.from(await moved.xlsx.writeBuffer());
    expect((await loadWorkbook(bytes)).worksheets[0]?.name).toBe("Mode d'emploi");
    expect(await readWorkbookGrid(bytes)).toMatchObject({ ok: true, sheetName: layout.sheetName });
  });

  test("every fixed value of the layout is at its address, and input cells are blank", () => {
    for (const cell of layout.cells) {
      const target = sheet.getCell(cell.address);
      if (cell.input) expect(target.value).toBeNull();
      else if (cell.value !== null) expect([cell.address, target.value]).toEqual([cell.address, cell.value]);
    }
  });

  test("input cells are unlocked with a light fill and a thin border; every other cell is locked", () => {
    for (const cell of layout.cells) {
      const style = sheet.getCell(cell.address).style;
      // Locked is Excel's default: ExcelJS writes (and reads back) only the unlocked cells' protection.
      expect([cell.address, style.protection?.locked !== false]).toEqual([cell.address, !cell.input]);
      if (cell.input) {
        expect(style.fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF9E1" } });
        expect(style.border?.left?.style).toBe("thin");
      }
    }
  });

  test("number formats: integers grouped by thousands, decimals general, dates jj/mm/aaaa, text as text", () => {
    const formats = (style: string) => new Set(cellsOfStyle(layout, style).map((cell) => sheet.getCell(cell.address).numFmt));
    expect(formats("inputInteger")).toEqual(new Set(["#,##0"]));
    expect(formats("inputDecimal")).toEqual(new Set([undefined]));
    expect(formats("inputDate")).toEqual(new Set(["dd/mm/yyyy"]));
    expect(formats("input")).toEqual(new Set(["@"]));
  });

  test("the title is large and bold, section headers are filled, unit hints grey italic", () => {
    const title = sheet.getCell(cellsOfStyle(layout, "title")[0]?.address ?? "B1").style;
    expect(title.font).toMatchObject({ bold: true, size: 14 });
    for (const cell of cellsOfStyle(layout, "sectionHeader")) {
      expect(sheet.getCell(cell.address).style.fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FF2F5496" } });
    }
    const unit = cellsOfStyle(layout, "unit").find((cell) => cell.value !== null);
    expect(sheet.getCell(unit?.address ?? "").style.font).toMatchObject({ italic: true, color: { argb: "FF595959" } });
  });

  test("column widths as in the layout, the key column hidden", () => {
    for (const column of layout.columns) {
      expect({ letter: column.letter, width: sheet.getColumn(column.index).width, hidden: sheet.getColumn(column.index).hidden }).toEqual({
        letter: column.letter,
        width: column.width,
        hidden: column.hidden,
      });
    }
    expect(sheet.getColumn(1).hidden).toBe(true);
  });

  test("the layout's merges are merged", () => {
    expect(new Set(sheet.model.merges)).toEqual(new Set(layout.merges));
  });

  test("every validated cell carries its rule, blank allowed, with the French error message", () => {
    const expected = { list: "list", wholeNumber: "whole", decimal: "decimal", date: "date" } as const;
    for (const { range, rule } of layout.validations) {
      forEachAddress(range, (address) => {
        const validation = sheet.getCell(address).dataValidation;
        expect(validation).toMatchObject({ type: expected[rule.type], allowBlank: true, showErrorMessage: true, error: rule.message, errorStyle: "stop" });
        if (rule.type === "list") expect(validation.formulae).toEqual(['"Oui,Non"']);
        if (rule.type === "wholeNumber" || rule.type === "decimal") expect(validation).toMatchObject({ operator: "between", formulae: [0, 999_999_999_999_999] });
        if (rule.type === "date") expect(validation.formulae).toEqual([new Date("2000-01-01T00:00:00Z"), new Date("2099-12-31T00:00:00Z")]);
      });
    }
    const validated = layout.cells.filter((cell) => cell.input && cell.style !== "input");
    expect(validated.every((cell) => sheet.getCell(cell.address).dataValidation !== undefined)).toBe(true);
  });

  test("the layout's names are workbook names with their absolute references", () => {
    const names = new Map(workbook.definedNames.model.map((name) => [name.name, name.ranges]));
    for (const name of layout.names) expect([name.name, names.get(name.name)]).toEqual([name.name, [name.reference]]);
  });

  test("the header rows are frozen", () => {
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 0, ySplit: layout.frozen.rows, topLeftCell: `A${layout.frozen.rows + 1}` });
  });

  test("printed in A4 landscape, fitted to the page width, titles repeated, the key column left out", () => {
    expect(sheet.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: layout.print.repeatRows,
      printArea: layout.print.printArea,
    });
  });

  test("the written XML repeats the inventory's column headers on printed pages and breaks pages before titles only", async () => {
    const files = unzipFiles(await renderTemplateXlsx(layout));
    const xmlOf = (name: string) => files.find((file) => file.name === name)?.content.toString("utf8") ?? "";
    const columnHeaders = layout.cells.find((cell) => cell.column === 1 && cell.value === "inventory:header")!.row;
    expect(xmlOf("xl/workbook.xml")).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;${layout.sheetName}&apos;!$${columnHeaders}:$${columnHeaders}</definedName>`);
    const breaks = [...xmlOf("xl/worksheets/sheet1.xml").matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((match) => Number(match[1]));
    expect(breaks).toEqual(layout.print.rowBreaks);
    expect(breaks.length).toBeGreaterThan(3);
    // Each printed page after the first starts on a title row: a part, a section, a kind of configuration or a configuration.
    const keyAt = new Map(layout.cells.filter((cell) => cell.column === 1).map((cell) => [cell.row, String(cell.value)]));
    for (const row of breaks) expect([row + 1, keyAt.get(row + 1)]).toEqual([row + 1, expect.stringMatching(/^(part|section|blocks|block):/)]);
  });

  test("prefilled text that makes rows taller moves the page breaks", async () => {
    const submission = aFilledSubmission();
    const filledLayout = layoutForSubmission(submission);
    const long = "Description longue sur plusieurs lignes ".repeat(12);
    const values = renderValues(filledLayout, submission).map((value) => (value.column === 4 && value.value !== null ? { ...value, value: long } : value));
    const files = unzipFiles(await renderTemplateXlsx(filledLayout, values));
    const sheetXml = files.find((file) => file.name === "xl/worksheets/sheet1.xml")?.content.toString("utf8") ?? "";
    const breaks = [...sheetXml.matchAll(/<brk id="(\d+)"/g)].map((match) => Number(match[1]));
    expect(breaks.length).toBeGreaterThan(filledLayout.print.rowBreaks.length);
  });

  test("the sheet is protected without password; selecting cells and formatting rows and columns stay allowed", () => {
    // ExcelJS reads the protection back into an untyped property.
    const protection = (sheet as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true, formatColumns: true, formatRows: true });
    expect(protection).not.toHaveProperty("hashValue");
    expect(protection.selectLockedCells).not.toBe(false);
    expect(protection.selectUnlockedCells).not.toBe(false);
  });

  test("rows of wrapped text are tall enough for it, other rows keep the default height", () => {
    const longDescription = layout.cells.find((cell) => cell.style === "label" && typeof cell.value === "string" && cell.value.length > 80 && cell.column === 4);
    expect(longDescription).toBeDefined();
    expect(sheet.getRow(longDescription?.row ?? 0).height).toBeGreaterThanOrEqual(30);
    const shortRow = layout.cells.find((cell) => cell.value === "Firewall");
    expect(sheet.getRow(shortRow?.row ?? 0).height).toBeUndefined();
  });

  test("prefilled values land in their cells: numbers as numbers, the date as a date, text kept exactly", async () => {
    const submission = aFilledSubmission();
    const filledLayout = layoutForSubmission(submission);
    const filled = await loadWorkbook(await renderTemplateXlsx(filledLayout, renderValues(filledLayout, submission)));
    const filledSheet = filled.getWorksheet(filledLayout.sheetName);
    const at = (ref: Parameters<ReturnType<typeof locateCell>>[0]) => filledSheet?.getCell(locateCell(filledLayout)(ref) ?? "").value;
    expect(at({ kind: "identity", field: "etatDesLieux" })).toEqual(new Date("2025-01-15T00:00:00Z"));
    expect(at({ kind: "identity", field: "insee" })).toBe("21231");
    expect(at({ kind: "row", rowId: "reseau.fibreKm", column: "quantity" })).toBe(12.5);
    expect(at({ kind: "row", rowId: "app1.courrier", column: "quantity" })).toBe(0);
    expect(at({ kind: "row", rowId: "app1.courrier", column: "description" })).toBeNull();
    expect(at({ kind: "row", rowId: "infra.firewall", column: "description" })).toBe(TRICKY_DESCRIPTION);
    expect(at({ kind: "set", set: "B" })).toBe("Oui");
    expect(at({ kind: "domain", domain: 2 })).toBe("Non");
  });

  test("renders layouts without any block and with many blocks", async () => {
    for (const blocks of [{ fibre: 0, interconnexion: 0, isole: 0 }, { fibre: 40, interconnexion: 40, isole: 40 }]) {
      const shaped = buildSheetLayout({ blocks, templateVersion: TEMPLATE_VERSION });
      const read = await loadWorkbook(await renderTemplateXlsx(shaped));
      expect(read.getWorksheet(shaped.sheetName)?.rowCount).toBe(shaped.rowCount);
    }
  });
});
