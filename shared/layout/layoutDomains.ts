import { FUNCTIONAL_DOMAINS } from "../catalogue/functionalDomains";
import { cellAddress } from "./cellAddress";
import { layoutChoiceHeader } from "./layoutChoiceHeader";
import { LAYOUT_KEYS } from "./layoutKeys";
import type { SheetBuilder } from "./sheetBuilder";
import { SHEET_COLUMNS } from "./sheetColumns";

/** The 16 functional domains of set C (number, label, short description, Oui/Non), then a spacer row. */
export function layoutDomains(builder: SheetBuilder): void {
  const header = layoutChoiceHeader(
    builder,
    LAYOUT_KEYS.domainsPart,
    "Ensemble C : domaines fonctionnels choisis (un au moins si l'ensemble C est choisi)",
    "Oui / Non",
  );
  for (const domain of FUNCTIONAL_DOMAINS) {
    const row = builder.nextRow(LAYOUT_KEYS.domain(domain.number));
    builder.cell(row, "domain", `Domaine ${domain.number}`, "label");
    builder.cell(row, "subdomain", domain.label, "label");
    builder.cell(row, "description", domain.description, "label");
    builder.cell(row, "quantity", null, "choice", { kind: "domain", domain: domain.number });
    builder.validate(row, "quantity", "choice");
    builder.cell(row, "unit", null, "label");
  }
  const column = SHEET_COLUMNS.quantity.index;
  builder.name("Domaines", `${cellAddress(header + 1, column)}:${cellAddress(header + FUNCTIONAL_DOMAINS.length, column)}`);
  builder.nextRow();
}
