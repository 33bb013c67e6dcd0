import { SET_IDS } from "../../catalogue/serviceSets";
import type { AnswerColumn, CellRef } from "../../inventory/cellRef";
import { MODEL_PARTS } from "../../inventory/descriptionOrganique";
import { REFERENT_FIELDS } from "../../inventory/referent";
import { blockDefinition } from "../../inventory/siteBlocks";
import type { Finding } from "../finding";
import { HEADER_SECTIONS, parseBlockSectionId, type HeaderSectionId } from "./checkSections";

/** A place in the sheet's reading order, compared element by element. */
type Position = readonly number[];

const UNKNOWN = Number.POSITIVE_INFINITY;
const IDENTITY_FIELDS = ["name", "insee", "etatDesLieux"] as const;
const COLUMNS: readonly AnswerColumn[] = ["description", "quantity"];

/** Rank of each part of the sheet: the header sections, then each model part (section id or block kind). */
const RANK = new Map<string, number>(
  [...HEADER_SECTIONS.map(({ id }) => id), ...MODEL_PARTS.map((part) => (part.type === "section" ? part.section.id : part.block.kind))].map((key, index) => [key, index]),
);
const rank = (key: string): number => RANK.get(key) ?? UNKNOWN;
const header = (id: HeaderSectionId): number => rank(id);

/** The section and index of every fixed row. */
const FIXED_ROWS = new Map(
  MODEL_PARTS.flatMap((part) => (part.type === "section" ? part.section.rows.map((row, index) => [row.id, { sectionId: part.section.id, index }] as const) : [])),
);

/** Where a findings section comes: header first, then the model's sections and blocks (unknown ones last). */
export function sectionPosition(sectionId: string | undefined): Position {
  if (sectionId === undefined) return [UNKNOWN];
  const block = parseBlockSectionId(sectionId);
  return block ? [rank(block.kind), block.index + 1] : [rank(sectionId), 0];
}

/** Where a cell comes in the sheet's reading order. */
export function refPosition(ref: CellRef): Position {
  switch (ref.kind) {
    case "identity":
      return [header("identite"), IDENTITY_FIELDS.indexOf(ref.field)];
    case "set":
      return [header("adhesion"), 0, SET_IDS.indexOf(ref.set)];
    case "domain":
      return [header("adhesion"), 1, ref.domain];
    case "referent":
      return [header("referents"), ref.index, REFERENT_FIELDS.findIndex(({ key }) => key === ref.field)];
    case "notApplicable":
      return [...sectionPosition(ref.sectionId), 0];
    case "row": {
      const row = FIXED_ROWS.get(ref.rowId);
      return row ? [rank(row.sectionId), 0, 1 + row.index, COLUMNS.indexOf(ref.column)] : [UNKNOWN];
    }
    case "blockRow": {
      const row = blockDefinition(ref.block).rows.findIndex(({ id }) => id === ref.rowId);
      return [rank(ref.block), ref.index + 1, 1 + row, COLUMNS.indexOf(ref.column)];
    }
  }
}

function comparePositions(a: Position, b: Position): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const [x = 0, y = 0] = [a[i], b[i]];
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/** Orders findings as the sheet reads: header, then model order (section, block, row, column); stable for ties. */
export function compareFindings(a: Finding, b: Finding): number {
  const position = (finding: Finding) => (finding.ref ? refPosition(finding.ref) : sectionPosition(finding.sectionId));
  return comparePositions(position(a), position(b));
}

/** Orders findings sections as the sheet reads (unknown sections last). */
export function compareSectionIds(a: string | undefined, b: string | undefined): number {
  return comparePositions(sectionPosition(a), sectionPosition(b));
}
