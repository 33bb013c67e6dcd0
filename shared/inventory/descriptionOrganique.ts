import { APPLICATION_SECTIONS } from "./applicationSections";
import { CENTRAL_SECTION, NETWORK_SECTION, PUBLIC_WIFI_SECTION, VIDEO_SECTION, WORKSTATION_SECTION } from "./infrastructureSections";
import type { RowDefinition } from "./rowDefinition";
import type { SectionDefinition } from "./sectionDefinition";
import { BLOCK_DEFINITIONS, type BlockDefinition } from "./siteBlocks";

/** One part of the model in sheet order: a fixed section, or the place of a kind of repeatable block. */
export type ModelPart = { readonly type: "section"; readonly section: SectionDefinition } | { readonly type: "blocks"; readonly block: BlockDefinition };

const section = (definition: SectionDefinition): ModelPart => ({ type: "section", section: definition });

/** The annex's model "Description organique du système d'information", part by part, in order. */
export const MODEL_PARTS: readonly ModelPart[] = [
  section(NETWORK_SECTION),
  section(CENTRAL_SECTION),
  ...BLOCK_DEFINITIONS.map((block): ModelPart => ({ type: "blocks", block })),
  section(PUBLIC_WIFI_SECTION),
  section(VIDEO_SECTION),
  section(WORKSTATION_SECTION),
  ...APPLICATION_SECTIONS.map(section),
];

/** The fixed sections, in order. */
export const SECTIONS: readonly SectionDefinition[] = MODEL_PARTS.flatMap((part) => (part.type === "section" ? [part.section] : []));

/** Every fixed row by id. */
export const FIXED_ROWS: ReadonlyMap<string, RowDefinition> = new Map(SECTIONS.flatMap((s) => s.rows.map((row) => [row.id, row] as const)));

/** Every block row by id (the same ids in every kind of block). */
export const BLOCK_ROWS: ReadonlyMap<string, RowDefinition> = new Map(BLOCK_DEFINITIONS.flatMap((b) => b.rows.map((row) => [row.id, row] as const)));

/** The section with this id, if any. */
export function sectionById(id: string): SectionDefinition | undefined {
  return SECTIONS.find((candidate) => candidate.id === id);
}
