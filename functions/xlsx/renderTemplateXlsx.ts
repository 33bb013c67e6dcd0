import ExcelJS from "exceljs";
import type { CellStyle } from "../../shared/layout/cellStyles";
import { INSTRUCTIONS_SHEET_NAME, instructionsSheet } from "../../shared/layout/instructionsSheet";
import { pageBreaks } from "../../shared/layout/pageBreaks";
import { PRINT_MARGINS } from "../../shared/layout/printGeometry";
import type { PlacedValue } from "../../shared/layout/renderGrid";
import type { SheetLayout } from "../../shared/layout/sheetLayout";
import { estimateRowHeights } from "../../shared/layout/estimateRowHeights";
import { addInstructionsSheet } from "./addInstructionsSheet";
import { forEachAddress } from "./forEachAddress";
import { toDataValidation } from "./toDataValidation";
import { toExcelStyle } from "./toExcelStyle";
import { toExcelValue } from "./toExcelValue";

/** Who the workbook says made it. */
export const TEMPLATE_AUTHOR = "Dijon Métropole";
const TITLE = "Description organique du système d'information";

/** Excel's code of the A4 paper size. */
const PAPER_A4 = 9;

function applyWorkbookProperties(workbook: ExcelJS.Workbook, layout: SheetLayout): void {
  workbook.creator = TEMPLATE_AUTHOR;
  workbook.lastModifiedBy = TEMPLATE_AUTHOR;
  workbook.company = TEMPLATE_AUTHOR;
  workbook.title = TITLE;
  workbook.subject = "Adhésion aux services communs numériques";
  workbook.keywords = `description organique; modèle ${layout.templateVersion}`;
  workbook.description = `Modèle ${layout.templateVersion} : complétez les cellules sur fond clair, puis déposez le classeur (.xlsx).`;
  // ExcelJS writes `language` to the core properties but leaves it out of its typings.
  (workbook as ExcelJS.Workbook & { language: string }).language = "fr-FR";
}

/** The first row repeated at the top of printed pages ("42:42" → 42). */
function repeatedRow(layout: SheetLayout): number {
  return Number(layout.print.repeatRows.split(":")[0]);
}

function applyPageSetup(sheet: ExcelJS.Worksheet, layout: SheetLayout, rowBreaks: readonly number[]): void {
  const { print, frozen } = layout;
  sheet.pageSetup = {
    orientation: print.orientation,
    paperSize: PAPER_A4,
    fitToPage: true,
    fitToWidth: print.fitToWidth,
    fitToHeight: print.fitToHeight,
    printTitlesRow: print.repeatRows,
    // ExcelJS writes the print area as `$<from>:$<to>`: "B$1" makes it "$B$1", an absolute reference.
    printArea: print.printArea.replace(/([A-Z]+)(\d+)/g, "$1$$$2"),
    horizontalCentered: true,
    margins: { ...PRINT_MARGINS },
  };
  for (const row of rowBreaks) sheet.getRow(row).addPageBreak();
  sheet.headerFooter = { oddFooter: `&L${TITLE} – modèle ${layout.templateVersion}&RPage &P / &N` };
  const topLeftCell = `A${frozen.rows + 1}`;
  const activeCell = layout.cells.find((cell) => cell.input)?.address ?? topLeftCell;
  sheet.views = [{ state: "frozen", xSplit: frozen.columns, ySplit: frozen.rows, topLeftCell, activeCell, showGridLines: false, zoomScale: 100 }];
}

/**
 * Renders a sheet layout (and, optionally, the values of its input cells, e.g. from
 * `renderValues` to prefill) into an .xlsx workbook whose first sheet is the description
 * organique, followed by its « Mode d'emploi » (never read): values, named styles as Excel styles, column widths with the key column hidden,
 * merges, data validations with French messages, workbook names, frozen header rows, A4
 * landscape print setup fitted to the page width with the inventory's column headers repeated and
 * page breaks that keep each section with its title, and a sheet protection
 * without password that leaves only the input cells editable. Deterministic but for the
 * workbook's creation date.
 */
export async function renderTemplateXlsx(layout: SheetLayout, values: readonly PlacedValue[] = []): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  applyWorkbookProperties(workbook, layout);
  const sheet = workbook.addWorksheet(layout.sheetName, { properties: { defaultRowHeight: 15 } });
  sheet.columns = layout.columns.map((column) => ({ key: column.role, width: column.width, hidden: column.hidden }));
  const styles = new Map((Object.keys(layout.styles) as CellStyle[]).map((name) => [name, toExcelStyle(layout.styles[name])]));
  const styleAt = new Map<string, CellStyle>();
  for (const cell of layout.cells) {
    const target = sheet.getCell(cell.row, cell.column);
    target.style = styles.get(cell.style) ?? {};
    target.value = toExcelValue(cell.value, cell.style);
    styleAt.set(`${cell.row}:${cell.column}`, cell.style);
  }
  const placed = values.map((value) => ({ ...value, style: styleAt.get(`${value.row}:${value.column}`) ?? "input" }));
  for (const value of placed) sheet.getCell(value.row, value.column).value = toExcelValue(value.value, value.style);
  // Merging gives the covered cells the style of the top-left one, so borders and fills span the range.
  for (const merge of layout.merges) sheet.mergeCells(merge);
  for (const { range, rule } of layout.validations) {
    const validation = toDataValidation(rule);
    forEachAddress(range, (address) => {
      sheet.getCell(address).dataValidation = validation;
    });
  }
  const heights = estimateRowHeights(layout, [...layout.cells, ...placed]);
  for (const [row, height] of heights) sheet.getRow(row).height = height;
  for (const name of layout.names) workbook.definedNames.add(name.reference, name.name);
  // Prefilled text makes rows taller: the page breaks are worked out again with the values placed.
  applyPageSetup(sheet, layout, placed.length > 0 ? pageBreaks(layout, heights, repeatedRow(layout)) : layout.print.rowBreaks);
  if (layout.protect) {
    await sheet.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  }
  addInstructionsSheet(workbook, INSTRUCTIONS_SHEET_NAME, instructionsSheet(layout.templateVersion));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
