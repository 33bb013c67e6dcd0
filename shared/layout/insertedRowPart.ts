import { SECTIONS } from "../inventory/descriptionOrganique";
import type { RowDefinition } from "../inventory/rowDefinition";
import { BLOCK_DEFINITIONS, blockDefinition } from "../inventory/siteBlocks";
import { LAYOUT_KEYS } from "./layoutKeys";
import { numberedKey } from "./numberedKey";

/**
 * Where a row added by hand sits: in the référents table, in a section or site configuration
 * that has an « Autres » row (where what it holds can go), or elsewhere.
 */
export type InsertedRowPart = "referents" | "withOthersRow" | "elsewhere";

const hasOthersRow = (rows: readonly RowDefinition[]) => rows.some((row) => row.id.endsWith(".autres"));

/** The keys of the rows of the sheet's parts that have an « Autres » row: their sections' header and rows, the blocks' headers. */
const WITH_OTHERS_ROW: ReadonlySet<string> = new Set([
  ...SECTIONS.filter((section) => hasOthersRow(section.rows)).flatMap((section) => [LAYOUT_KEYS.section(section.id), ...section.rows.map((row) => LAYOUT_KEYS.row(row.id))]),
  ...BLOCK_DEFINITIONS.filter((block) => hasOthersRow(block.rows)).map((block) => LAYOUT_KEYS.blocks(block.kind)),
]);

const REFERENTS_TABLE: ReadonlySet<string> = new Set([LAYOUT_KEYS.referentsPart, LAYOUT_KEYS.referentsHeader]);

/** The part of the sheet of a row added by hand, from the key of the nearest row above it that has one (undefined: none). */
export function insertedRowPart(keyAbove: string | undefined): InsertedRowPart {
  if (keyAbove === undefined) return "elsewhere";
  const numbered = numberedKey(keyAbove);
  if (REFERENTS_TABLE.has(keyAbove) || numbered?.part === "referent") return "referents";
  if (WITH_OTHERS_ROW.has(keyAbove)) return "withOthersRow";
  return numbered?.part === "block" && hasOthersRow(blockDefinition(numbered.kind).rows) ? "withOthersRow" : "elsewhere";
}
