import { readWorkbookGrid, type WorkbookGrid } from "../../../functions/xlsx/readWorkbookGrid";
import { renderTemplateXlsx } from "../../../functions/xlsx/renderTemplateXlsx";
import { XLSX_READ_LIMITS } from "../../../functions/xlsx/xlsxReadLimits";
import type { CellRef } from "../../../shared/inventory/cellRef";
import { layoutForSubmission } from "../../../shared/layout/layoutForSubmission";
import { locateCell } from "../../../shared/layout/locateCell";
import { parseSheet } from "../../../shared/layout/parseSheet";
import { position } from "../../shared/layout/sheetFixtures";
import { aFilledSubmission } from "./support/aFilledSubmission";
import { fillLikeAUser } from "./support/fillLikeAUser";
import { withFileText } from "./support/zipFixtures";

// What the hand-written XML scanning got wrong (it ended a tag at the first ">", even inside an
// attribute value, and counted "<c" inside comments and CDATA sections), read through the whole
// reader: each of these workbooks was misread or refused before the XML was read with saxes.
const SHEET = "xl/worksheets/sheet1.xml";
const WORKBOOK = "xl/workbook.xml";
const submission = aFilledSubmission();
const layout = layoutForSubmission(submission);
const at = (ref: CellRef): string => locateCell(layout)(ref) ?? "";
const count = at({ kind: "row", rowId: "infra.messagerie", column: "quantity" });

let filled: Buffer;
beforeAll(async () => {
  filled = await fillLikeAUser(await renderTemplateXlsx(layout), layout, submission);
});

function gridOf(read: WorkbookGrid): unknown[][] {
  if (!read.ok) throw new Error(`refused: ${read.message}`);
  return read.grid;
}

function cellOf(grid: readonly (readonly unknown[])[], address: string): unknown {
  const { row, column } = position(address);
  return grid[row]?.[column];
}

/** The sheet XML with the cell at `address` replaced by `cell`. */
const replaceCell = (address: string, cell: string) => (xml: string) => {
  const replaced = xml.replace(new RegExp(`<c r="${address}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`), cell);
  if (replaced === xml) throw new Error(`no cell ${address}`);
  return replaced;
};

/** The sheet XML with `extra` inserted just before `tag`. */
const insertBefore = (tag: string, extra: string) => (xml: string) => {
  const index = xml.indexOf(tag);
  if (index < 0) throw new Error(`no ${tag}`);
  return `${xml.slice(0, index)}${extra}${xml.slice(index)}`;
};

describe("an attribute value holding « > » does not end the tag", () => {
  test("an ISO date cell (t=\"d\") with such an attribute before its address and type is read as the date it is, not as its year", async () => {
    const bytes = withFileText(filled, SHEET, replaceCell(count, `<c note="a>b" r="${count}" t="d"><v>2025-01-15T00:00:00Z</v></c>`));
    const grid = gridOf(await readWorkbookGrid(bytes));
    expect(cellOf(grid, count)).toEqual(new Date("2025-01-15T00:00:00Z"));
    expect(parseSheet(grid).findings).toEqual([expect.objectContaining({ ruleId: "parse.number", cell: count })]);
  });

  test("a sheet named with « > »: its part is found, and a formula result of 0 that ExcelJS drops is read back", async () => {
    const agents = at({ kind: "row", rowId: "reseau.totalAgents", column: "quantity" });
    const renamed = withFileText(filled, WORKBOOK, (xml) => xml.replace(/(<sheet [^>]*?name=")[^"]*"/, '$1Inventaire>2025"'));
    const bytes = withFileText(renamed, SHEET, replaceCell(agents, `<c r="${agents}"><f>1-1</f><v>0</v></c>`));
    const read = await readWorkbookGrid(bytes);
    expect(read).toMatchObject({ ok: true, sheetName: "Inventaire>2025" });
    expect(cellOf(gridOf(read), agents)).toBe(0);
  });

  test("a type written as a character reference (t=\"&#100;\", that is « d ») is read as XML reads it", async () => {
    const bytes = withFileText(filled, SHEET, replaceCell(count, `<c r="${count}" t="&#100;"><v>2025-01-15</v></c>`));
    expect(cellOf(gridOf(await readWorkbookGrid(bytes)), count)).toEqual(new Date("2025-01-15T00:00:00Z"));
  });
});

describe("markup inside comments and CDATA sections is text, not cells", () => {
  const cells = "<c/>".repeat(XLSX_READ_LIMITS.maxCells + 1);

  test("cells inside a comment are not counted: the workbook is read, not refused for too many cells", async () => {
    const bytes = withFileText(filled, SHEET, insertBefore("</sheetData>", `<!--${cells}-->`));
    expect(parseSheet(gridOf(await readWorkbookGrid(bytes)))).toEqual({ submission, findings: [] });
  });

  test("cells inside a CDATA section are not counted either", async () => {
    const bytes = withFileText(filled, SHEET, insertBefore("</worksheet>", `<extLst><ext uri="{00000000-0000-0000-0000-000000000000}"><![CDATA[${cells}]]></ext></extLst>`));
    expect(parseSheet(gridOf(await readWorkbookGrid(bytes)))).toEqual({ submission, findings: [] });
  });

  test("a merge over the whole sheet inside a comment is not counted", async () => {
    const bytes = withFileText(filled, SHEET, insertBefore("</mergeCells>", '<!--<mergeCell ref="A1:XFD1048576"/>-->'));
    expect(parseSheet(gridOf(await readWorkbookGrid(bytes)))).toEqual({ submission, findings: [] });
  });
});
