import type { AnswerColumn, CellRef } from "../inventory/cellRef";
import type { RowDefinition } from "../inventory/rowDefinition";
import { correctedLabelNote } from "./correctedLabelNote";
import type { SheetBuilder } from "./sheetBuilder";

/**
 * One row of the model (a "Sous domaine"): label (in the Domaine column before it, a note when the
 * label corrects the annex's wording), Description input, Quantité input of the row's kind (or a
 * locked cell when the row has no quantity) and unit hint. Returns the row number.
 */
export function layoutModelRow(builder: SheetBuilder, key: string, definition: RowDefinition, ref: (column: AnswerColumn) => CellRef): number {
  const row = builder.nextRow(key);
  if (definition.annexLabel === undefined) builder.cell(row, "domain", null, "label");
  else builder.cell(row, "domain", correctedLabelNote(definition.annexLabel), "labelNote");
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
