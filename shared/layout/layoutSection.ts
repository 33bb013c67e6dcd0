import type { SectionDefinition } from "../inventory/sectionDefinition";
import { cellAddress } from "./cellAddress";
import { correctedLabelNote } from "./correctedLabelNote";
import { LAYOUT_KEYS } from "./layoutKeys";
import { layoutModelRow } from "./layoutModelRow";
import type { SheetBuilder } from "./sheetBuilder";
import { SHEET_COLUMNS } from "./sheetColumns";

/** Workbook names of the Quantité cells that other sheets and formulas refer to. */
const QUANTITY_NAMES: Readonly<Record<string, string>> = {
  "reseau.totalSites": "TotalSites",
  "reseau.totalAgents": "TotalAgents",
  "reseau.totalPostes": "TotalPostes",
};

/** The hint next to the « Sans objet » cell of an optional section. */
export const NOT_APPLICABLE_HINT = "« Oui » si la commune n'en a pas (lignes laissées vides) ; « Non » : lignes à remplir";

/** The mark of a section that the 2019 annex does not have. */
export const ADDITION_MARK = "(rubrique ajoutée au modèle de 2019)";

/**
 * A fixed section: its header row (with the "Sans objet" Oui/Non cell when the section is
 * optional, the addition mark for domain 15, the annex's wording when the title corrects it), then
 * each of its rows.
 */
export function layoutSection(builder: SheetBuilder, section: SectionDefinition): void {
  const key = LAYOUT_KEYS.section(section.id);
  const marks = [...(section.addition ? [ADDITION_MARK] : []), ...(section.annexLabel === undefined ? [] : [`(${correctedLabelNote(section.annexLabel)})`])];
  const title = [section.label, ...marks].join(" ");
  if (section.optional) {
    const row = builder.nextRow(key);
    builder.cell(row, "domain", title, "sectionHeader");
    builder.cell(row, "subdomain", null, "sectionHeader");
    builder.merge(row, "domain", "subdomain");
    builder.cell(row, "description", "Sans objet (Oui / Non) :", "sectionHeader");
    builder.cell(row, "quantity", null, "choice", { kind: "notApplicable", sectionId: section.id });
    builder.validate(row, "quantity", "choice");
    builder.cell(row, "unit", NOT_APPLICABLE_HINT, "sectionHeader");
  } else {
    builder.banner(key, title, "sectionHeader");
  }
  for (const definition of section.rows) {
    const row = layoutModelRow(builder, LAYOUT_KEYS.row(definition.id), definition, (column) => ({ kind: "row", rowId: definition.id, column }));
    const name = QUANTITY_NAMES[definition.id];
    if (name) builder.name(name, cellAddress(row, SHEET_COLUMNS.quantity.index));
  }
}
