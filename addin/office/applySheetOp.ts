/// <reference types="office-js" />
import type { SheetOp } from "../sheet/SheetOp";
import { applyFormat } from "./applyFormat";

/** Queues one planned operation on a worksheet (no request is sent here). */
export function applySheetOp(sheet: Excel.Worksheet, op: SheetOp): void {
  switch (op.kind) {
    case "columns":
      for (const column of op.columns) {
        const range = sheet.getRange(column.address);
        range.format.columnWidth = column.widthPoints;
        range.columnHidden = column.hidden;
      }
      return;
    case "format":
      applyFormat(sheet.getRange(op.run.address), op.run.format);
      return;
    case "merge":
      sheet.getRange(op.address).merge(false);
      return;
    case "numberFormats":
      sheet.getRange(op.address).numberFormat = op.grid as string[][];
      return;
    case "values":
      sheet.getRange(op.address).values = op.grid as (string | number | boolean)[][];
      return;
    case "validation": {
      const { dataValidation } = sheet.getRange(op.validation.address);
      dataValidation.clear();
      dataValidation.ignoreBlanks = true;
      dataValidation.rule = op.validation.rule as Excel.DataValidationRule;
      dataValidation.errorAlert = op.validation.errorAlert;
      dataValidation.prompt = op.validation.prompt;
      return;
    }
    case "autofitRows":
      sheet.getRange(op.address).format.autofitRows();
      return;
    case "freezeRows":
      sheet.freezePanes.freezeRows(op.rows);
      return;
    case "print":
      sheet.pageLayout.orientation = "Landscape";
      sheet.pageLayout.paperSize = "A4";
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      sheet.pageLayout.setPrintArea(op.print.area);
      sheet.pageLayout.setPrintTitleRows(op.print.titleRows);
      return;
  }
}
