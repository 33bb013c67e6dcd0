import { MODEL_PARTS } from "../inventory/descriptionOrganique";
import { layoutBlocks } from "./layoutBlocks";
import { LAYOUT_KEYS } from "./layoutKeys";
import { layoutSection } from "./layoutSection";
import type { SheetBuilder } from "./sheetBuilder";
import type { BlockCounts, ColumnRole } from "./sheetLayout";

const HEADERS: readonly (readonly [ColumnRole, string])[] = [
  ["domain", "Domaine"],
  ["subdomain", "Sous domaine"],
  ["description", "Description"],
  ["quantity", "Quantité"],
  ["unit", "Unité"],
];

/** The annex's table (Domaine | Sous domaine | Description | Quantité | Unité), every part of the model in order. */
export function layoutInventory(builder: SheetBuilder, blocks: BlockCounts): void {
  builder.banner(LAYOUT_KEYS.inventoryPart, "Inventaire du système d'information (modèle de l'annexe à la convention)", "sectionHeader");
  const header = builder.nextRow(LAYOUT_KEYS.inventoryHeader);
  for (const [role, text] of HEADERS) builder.cell(header, role, text, "columnHeader");
  for (const part of MODEL_PARTS) {
    if (part.type === "section") layoutSection(builder, part.section);
    else layoutBlocks(builder, part.block, blocks[part.block.kind]);
  }
}
