import { blockDefinition, type BlockKind } from "../../inventory/siteBlocks";

/** Sections of the findings that are not parts of the model: the header of the sheet. */
export const HEADER_SECTIONS = [
  { id: "identite", label: "Identification de la commune" },
  { id: "adhesion", label: "Ensembles de services choisis" },
  { id: "referents", label: "Référents" },
] as const;

/** Id of a header section. */
export type HeaderSectionId = (typeof HEADER_SECTIONS)[number]["id"];

/** Section id of one site-configuration block: `blocks.fibre.2` for the second fibre block (`index` counts from 0). */
export function blockSectionId(kind: BlockKind, index: number): string {
  return `blocks.${kind}.${index + 1}`;
}

/** The kind and index (from 0) of a block section id, if it is one. */
export function parseBlockSectionId(sectionId: string): { kind: BlockKind; index: number } | undefined {
  const match = /^blocks\.(fibre|interconnexion|isole)\.([1-9]\d*)$/.exec(sectionId);
  if (!match) return undefined;
  return { kind: match[1] as BlockKind, index: Number(match[2]) - 1 };
}

/** The title of one block as the sheet shows it ("… - Configuration 2"). */
export function blockTitle(kind: BlockKind, index: number): string {
  return blockDefinition(kind).title.replace("{n}", String(index + 1));
}
