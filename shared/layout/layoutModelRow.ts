import type { AnswerColumn, CellRef } from "../inventory/cellRef";
import type { RowDefinition } from "../inventory/rowDefinition";
import { rowNote } from "./rowNote";
import type { SheetBuilder } from "./sheetBuilder";

/**
 * One row of the model (a "Sous domaine"): label (in the Domaine column before it, its hint and a
 * note when the label corrects the annex's wording: see `rowNote`), Description input, Quantité input of the row's kind (or a
 * locked cell when the row has no quantity) and unit hint. Returns the row number.
 */
export function layoutModelRow(builder: SheetBuilder, key: string, definition: RowDefinition, ref: (column: AnswerColumn) => CellRef): number {
  const row = builder.nextRow(key);
  const note = rowNote(definition);
  builder.cell(row, "domain", note, note === null ? "label" : "labelNote");
  builder.cell(row, "subdomain", definition.label, "label");
  builder.cell(row, "description", null, "input", ref("description"));
  const quantity = definition.input.quantity;
  if (quantity === undefined) {
    builder.cell(row, "quantity", null, "locked");
  } else {
    builder.cell(row, "quantity", null, quantity === "integer" ? "inputInteger" : "inputDecimal", ref("quantity"));
    builder.validate(row, "quantity", quantity);
  }
  builder.cell(row, "unit", definition.unit ?? null, "unit");
  return row;
}
