import type { Worksheet } from "exceljs";

/** Paper size code of A4 in SpreadsheetML. */
const A4 = 9;

/** How a sheet prints: its orientation, the rows repeated on every page, its header and footer. */
export interface PrintLayout {
  readonly orientation: "portrait" | "landscape";
  /** Rows repeated at the top of every page (`"4:4"`, `"5:6"`): the column headers. */
  readonly titleRows: string;
  readonly header: string;
  readonly footer: string;
}

/**
 * Sets a sheet to print on A4 one page wide, as many pages tall as it needs (fitToWidth 1,
 * fitToHeight 0: the amounts never go to a second page of their own), centred, with the column
 * headers repeated on each page and the given header and footer.
 */
export function setPrintLayout(sheet: Worksheet, { orientation, titleRows, header, footer }: PrintLayout): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: A4,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: titleRows,
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { ...sheet.headerFooter, oddHeader: header, oddFooter: footer };
}
