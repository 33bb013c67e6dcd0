import type { BlockDefinition } from "../inventory/siteBlocks";
import { LAYOUT_KEYS } from "./layoutKeys";
import { layoutModelRow } from "./layoutModelRow";
import type { SheetBuilder } from "./sheetBuilder";

/** The header of a kind of site configuration, then `count` numbered blocks of its rows. */
export function layoutBlocks(builder: SheetBuilder, block: BlockDefinition, count: number): void {
  const header = builder.nextRow(LAYOUT_KEYS.blocks(block.kind));
  builder.cell(header, "domain", block.annexTitle, "sectionHeader");
  builder.cell(header, "subdomain", null, "sectionHeader");
  builder.merge(header, "domain", "subdomain");
  builder.cell(header, "description", "(créer autant de configurations que nécessaire : bouton « Ajouter une configuration » du complément Excel, modèle téléchargé avec le nombre voulu, ou lignes insérées sous une configuration puis une configuration entière collée : voir l'onglet « Mode d'emploi » du modèle téléchargé)", "sectionHeader");
  builder.merge(header, "description", "unit");
  for (let number = 1; number <= count; number += 1) {
    builder.banner(LAYOUT_KEYS.block(block.kind, number), block.title.replace("{n}", String(number)), "blockTitle");
    for (const definition of block.rows) {
      layoutModelRow(builder, LAYOUT_KEYS.blockRow(block.kind, number, definition.id), definition, (column) => ({
        kind: "blockRow",
        block: block.kind,
        index: number - 1,
        rowId: definition.id,
        column,
      }));
    }
  }
}
