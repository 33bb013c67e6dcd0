import { SERVICE_SETS } from "../catalogue/serviceSets";
import { layoutChoiceHeader } from "./layoutChoiceHeader";
import { LAYOUT_KEYS } from "./layoutKeys";
import type { SheetBuilder } from "./sheetBuilder";

/** The choice of the service sets A, B and C (Oui/Non each), then a spacer row. */
export function layoutSets(builder: SheetBuilder): void {
  layoutChoiceHeader(builder, LAYOUT_KEYS.setsPart, "Ensembles de services choisis", "Oui / Non");
  for (const set of SERVICE_SETS) {
    const row = builder.nextRow(LAYOUT_KEYS.set(set.id));
    builder.cell(row, "domain", `Ensemble ${set.id}`, "label");
    builder.cell(row, "subdomain", set.label, "label");
    builder.cell(row, "description", null, "label");
    builder.merge(row, "subdomain", "description");
    builder.name(`Ensemble${set.id}`, builder.cell(row, "quantity", null, "choice", { kind: "set", set: set.id }));
    builder.validate(row, "quantity", "choice");
    builder.cell(row, "unit", null, "label");
  }
  builder.nextRow();
}
