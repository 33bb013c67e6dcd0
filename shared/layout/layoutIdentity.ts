import { LAYOUT_KEYS } from "./layoutKeys";
import type { SheetBuilder } from "./sheetBuilder";

const FIELDS = [
  { field: "name", label: "Commune", name: "Commune", hint: null },
  { field: "insee", label: "Code INSEE", name: "Insee", hint: "5 caractères, par exemple 21231" },
  { field: "etatDesLieux", label: "Date de l'état des lieux", name: "EtatDesLieux", hint: "JJ/MM/AAAA" },
] as const;

/** "Identification de la commune": name, INSEE code and date of the état des lieux, then a spacer row. */
export function layoutIdentity(builder: SheetBuilder): void {
  builder.banner(LAYOUT_KEYS.identityPart, "Identification de la commune", "sectionHeader");
  for (const { field, label, name, hint } of FIELDS) {
    const row = builder.nextRow(LAYOUT_KEYS.identity(field));
    const isDate = field === "etatDesLieux";
    builder.cell(row, "domain", label, "label");
    builder.cell(row, "subdomain", null, "label");
    builder.merge(row, "domain", "subdomain");
    builder.name(name, builder.cell(row, "description", null, isDate ? "inputDate" : "input", { kind: "identity", field }));
    if (isDate) builder.validate(row, "description", "date");
    builder.cell(row, "quantity", hint, "note");
    builder.merge(row, "quantity", "unit");
  }
  builder.nextRow();
}
