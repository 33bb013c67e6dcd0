import type { SheetBuilder } from "./sheetBuilder";

/** A header row whose Quantité column heads a column of Oui/Non choices. */
export function layoutChoiceHeader(builder: SheetBuilder, key: string, text: string, choiceHeader: string): number {
  const row = builder.nextRow(key);
  builder.cell(row, "domain", text, "sectionHeader");
  builder.cell(row, "subdomain", null, "sectionHeader");
  builder.cell(row, "description", null, "sectionHeader");
  builder.merge(row, "domain", "description");
  builder.cell(row, "quantity", choiceHeader, "sectionHeader");
  builder.cell(row, "unit", null, "sectionHeader");
  return row;
}
