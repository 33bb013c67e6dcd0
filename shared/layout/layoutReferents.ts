import { REFERENT_FIELDS } from "../inventory/referent";
import { cellAddress } from "./cellAddress";
import { LAYOUT_KEYS } from "./layoutKeys";
import type { SheetBuilder } from "./sheetBuilder";
import { SHEET_COLUMNS } from "./sheetColumns";
import type { ColumnRole } from "./sheetLayout";

/** The column of each référent field, left to right. */
const FIELD_COLUMNS: readonly ColumnRole[] = ["domain", "subdomain", "description", "quantity", "unit"];

/** The référents table: a header row, then `rows` rows of Nom / Prénom / Fonction / Téléphone / Email; then a spacer row. */
export function layoutReferents(builder: SheetBuilder, rows: number): void {
  builder.banner(LAYOUT_KEYS.referentsPart, "Référents de la commune (6 au plus)", "sectionHeader");
  const header = builder.nextRow(LAYOUT_KEYS.referentsHeader);
  REFERENT_FIELDS.forEach(({ label }, i) => builder.cell(header, FIELD_COLUMNS[i] ?? "unit", label, "columnHeader"));
  for (let number = 1; number <= rows; number += 1) {
    const row = builder.nextRow(LAYOUT_KEYS.referent(number));
    REFERENT_FIELDS.forEach(({ key }, i) => {
      builder.cell(row, FIELD_COLUMNS[i] ?? "unit", null, "input", { kind: "referent", index: number - 1, field: key });
    });
  }
  if (rows > 0) {
    builder.name("Referents", `${cellAddress(header + 1, SHEET_COLUMNS.domain.index)}:${cellAddress(header + rows, SHEET_COLUMNS.unit.index)}`);
  }
  builder.nextRow();
}
