import { TEMPLATE_VERSION } from "../../../../shared/inventory/templateVersion";
import { buildSheetLayout } from "../../../../shared/layout/buildSheetLayout";
import { renderTemplateXlsx } from "../../../../functions/xlsx/renderTemplateXlsx";
import { rezip, withFileText } from "../../xlsx/support/zipFixtures";

const SHEET = "xl/worksheets/sheet1.xml";

/** The usual blank template (a few blocks of each kind). */
export const aTemplate = () => renderTemplateXlsx(buildSheetLayout({ blocks: { fibre: 1, interconnexion: 1, isole: 2 }, templateVersion: TEMPLATE_VERSION }));

/**
 * The template with `count` sheets added, each with `cells` numbers (1,900 sheets of 100 cells take
 * ExcelJS several seconds to read: a workbook slow to read, within the reader's caps of 2,000 parts
 * and 250,000 cells).
 */
export async function withManySheets(count: number, cells = 1): Promise<Buffer> {
  const names = Array.from({ length: count }, (_, index) => index + 2);
  const values = Array.from({ length: cells }, (_, cell) => `<c r="A${cell + 1}"><v>${cell}</v></c>`);
  const sheet = (index: number) =>
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${values.map((value, row) => `<row r="${row + 1}">${value}</row>`).join("")}<row r="${cells + 1}"><c r="A${cells + 1}"><v>${index}</v></c></row></sheetData></worksheet>`;
  const added = rezip(await aTemplate(), (files) => [...files, ...names.map((index) => ({ name: `xl/worksheets/sheet${index}.xml`, content: Buffer.from(sheet(index)) }))]);
  const related = withFileText(added, "xl/_rels/workbook.xml.rels", (rels) =>
    rels.replace("</Relationships>", `${names.map((index) => `<Relationship Id="rIdExtra${index}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${index}.xml"/>`).join("")}</Relationships>`),
  );
  const typed = withFileText(related, "[Content_Types].xml", (types) =>
    types.replace("</Types>", `${names.map((index) => `<Override PartName="/xl/worksheets/sheet${index}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}</Types>`),
  );
  return withFileText(typed, "xl/workbook.xml", (workbook) => workbook.replace("</sheets>", `${names.map((index) => `<sheet name="Feuil${index}" sheetId="${index + 100}" r:id="rIdExtra${index}"/>`).join("")}</sheets>`));
}

/** The template with rows of numbers added, `cells` cells in all (240,000 stay under the reader's 250,000-cell cap and need more than 64 MB of heap). */
export async function withManyCells(cells: number): Promise<Buffer> {
  const columns = 20;
  const rows = Array.from({ length: Math.ceil(cells / columns) }, (_, index) => {
    const row = 1_000 + index;
    return `<row r="${row}">${Array.from({ length: columns }, (_, column) => `<c r="${String.fromCharCode(66 + column)}${row}"><v>${column}</v></c>`).join("")}</row>`;
  });
  return withFileText(await aTemplate(), SHEET, (xml) => xml.replace("</sheetData>", `${rows.join("")}</sheetData>`));
}
