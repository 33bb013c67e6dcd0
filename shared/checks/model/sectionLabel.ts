import { sectionById } from "../../inventory/descriptionOrganique";
import { blockTitle, HEADER_SECTIONS, parseBlockSectionId } from "./checkSections";

/** The French label of a findings section: a header part, a fixed section or one site-configuration block. */
export function sectionLabel(sectionId: string): string {
  const header = HEADER_SECTIONS.find((section) => section.id === sectionId);
  if (header) return header.label;
  const block = parseBlockSectionId(sectionId);
  if (block) return blockTitle(block.kind, block.index);
  return sectionById(sectionId)?.label ?? sectionId;
}
