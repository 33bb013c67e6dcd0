import { blockSectionId, type HeaderSectionId } from "../checks/model/checkSections";
import type { CellRef } from "../inventory/cellRef";
import { SECTIONS } from "../inventory/descriptionOrganique";

const header = (id: HeaderSectionId) => ({ sectionId: id });

/**
 * The findings section and model row of a cell, with the section ids the checks use: `identite`,
 * `adhesion`, `referents`, the model's section ids, and `blocks.<kind>.<n>` for a block.
 */
export function refContext(ref: CellRef): { readonly sectionId?: string; readonly rowId?: string } {
  switch (ref.kind) {
    case "identity":
      return header("identite");
    case "set":
    case "domain":
      return header("adhesion");
    case "referent":
      return header("referents");
    case "row": {
      const section = SECTIONS.find((candidate) => candidate.rows.some((row) => row.id === ref.rowId));
      return section ? { sectionId: section.id, rowId: ref.rowId } : { rowId: ref.rowId };
    }
    case "blockRow":
      return { sectionId: blockSectionId(ref.block, ref.index), rowId: ref.rowId };
    case "notApplicable":
      return { sectionId: ref.sectionId };
  }
}
