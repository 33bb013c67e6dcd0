import type { DomainNumber } from "../../catalogue/functionalDomains";
import type { AnswerColumn, CellRef } from "../../inventory/cellRef";
import { MODEL_PARTS } from "../../inventory/descriptionOrganique";
import type { Answer, Inventory } from "../../inventory/inventorySchema";
import { answerOf } from "./answerOf";
import type { RowDefinition } from "../../inventory/rowDefinition";
import type { SectionDefinition } from "../../inventory/sectionDefinition";
import type { BlockDefinition } from "../../inventory/siteBlocks";
import { blockSectionId, blockTitle } from "./checkSections";

/** One answerable row of the filled-in sheet: a row of a fixed section or a row of one site-configuration block. */
export interface RowSlot {
  readonly sectionId: string;
  /** The section or block in plain words, for messages. */
  readonly place: string;
  /** The C domain of an application section. */
  readonly domain?: DomainNumber;
  /** The section is declared "sans objet". */
  readonly notApplicable: boolean;
  readonly row: RowDefinition;
  readonly answer: Answer | undefined;
  readonly ref: (column: AnswerColumn) => CellRef;
}

function sectionSlots(section: SectionDefinition, inventory: Inventory): RowSlot[] {
  const notApplicable = inventory.notApplicable.includes(section.id);
  return section.rows.map((row) => ({
    sectionId: section.id,
    place: section.label,
    ...(section.domain === undefined ? {} : { domain: section.domain }),
    notApplicable,
    row,
    answer: answerOf(inventory.answers, row.id),
    ref: (column) => ({ kind: "row", rowId: row.id, column }),
  }));
}

function blockSlots(block: BlockDefinition, inventory: Inventory): RowSlot[] {
  return inventory.blocks[block.kind].flatMap((filled, index) =>
    block.rows.map((row) => ({
      sectionId: blockSectionId(block.kind, index),
      place: blockTitle(block.kind, index),
      notApplicable: false,
      row,
      answer: answerOf(filled.answers, row.id),
      ref: (column: AnswerColumn): CellRef => ({ kind: "blockRow", block: block.kind, index, rowId: row.id, column }),
    })),
  );
}

/** Slots already listed, per inventory: several rules walk them during one inspection. */
const listed = new WeakMap<Inventory, readonly RowSlot[]>();

/**
 * Every answerable row of the inventory, in model order (each block's rows after the previous
 * block's). Inventories are treated as immutable: the list is computed once per inventory object.
 */
export function rowSlots(inventory: Inventory): readonly RowSlot[] {
  let slots = listed.get(inventory);
  if (!slots) {
    slots = MODEL_PARTS.flatMap((part) => (part.type === "section" ? sectionSlots(part.section, inventory) : blockSlots(part.block, inventory)));
    listed.set(inventory, slots);
  }
  return slots;
}
