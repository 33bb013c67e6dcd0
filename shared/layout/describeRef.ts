import { domainByNumber } from "../catalogue/functionalDomains";
import type { CellRef } from "../inventory/cellRef";
import { BLOCK_ROWS, FIXED_ROWS, SECTIONS } from "../inventory/descriptionOrganique";
import { REFERENT_FIELDS } from "../inventory/referent";
import { blockDefinition } from "../inventory/siteBlocks";

const IDENTITY_LABELS = { name: "Commune", insee: "Code INSEE", etatDesLieux: "Date de l'état des lieux" } as const;
const COLUMN_LABELS = { description: "Description", quantity: "Quantité" } as const;

const sectionLabel = (id: string) => SECTIONS.find((section) => section.id === id)?.label ?? id;
const sectionOfRow = (rowId: string) => SECTIONS.find((section) => section.rows.some((row) => row.id === rowId))?.id ?? "";

/**
 * A French phrase naming the cell for a message: « Code INSEE », la ligne « Firewall » (rubrique …),
 * colonne Description; without the column when `withColumn` is false (to name a whole row).
 */
export function describeRef(ref: CellRef, withColumn = true): string {
  const column = (name: keyof typeof COLUMN_LABELS) => (withColumn ? `, colonne ${COLUMN_LABELS[name]}` : "");
  switch (ref.kind) {
    case "identity":
      return `« ${IDENTITY_LABELS[ref.field]} »`;
    case "set":
      return `« Ensemble ${ref.set} »`;
    case "domain":
      return `« Domaine ${ref.domain} – ${domainByNumber(ref.domain).label} »`;
    case "referent":
      return `le référent ${ref.index + 1}, « ${REFERENT_FIELDS.find((field) => field.key === ref.field)?.label ?? ref.field} »`;
    case "row":
      return `la ligne « ${FIXED_ROWS.get(ref.rowId)?.label ?? ref.rowId} » (rubrique « ${sectionLabel(sectionOfRow(ref.rowId))} »)${column(ref.column)}`;
    case "blockRow": {
      const title = blockDefinition(ref.block).title.replace("{n}", String(ref.index + 1));
      return `la ligne « ${BLOCK_ROWS.get(ref.rowId)?.label ?? ref.rowId} » de « ${title} »${column(ref.column)}`;
    }
    case "notApplicable":
      return `« Sans objet » de la rubrique « ${sectionLabel(ref.sectionId)} »`;
  }
}
