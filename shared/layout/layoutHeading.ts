import { LAYOUT_KEYS } from "./layoutKeys";
import type { SheetBuilder } from "./sheetBuilder";

/** Title and template version, then a spacer row. */
export function layoutHeading(builder: SheetBuilder, templateVersion: string): void {
  builder.banner(LAYOUT_KEYS.title, "Description organique du système d'information", "title");
  const row = builder.nextRow(LAYOUT_KEYS.version);
  builder.cell(row, "domain", "Version du modèle", "label");
  builder.name("VersionModele", builder.cell(row, "subdomain", templateVersion, "label"));
  builder.cell(row, "description", "Annexe à la convention d'adhésion aux services communs numériques", "note");
  builder.merge(row, "description", "unit");
  builder.nextRow();
}
