import type { DomainNumber } from "../../../../shared/catalogue/functionalDomains";
import type { SetId } from "../../../../shared/catalogue/serviceSets";
import { SECTIONS } from "../../../../shared/inventory/descriptionOrganique";
import type { Answer, Block } from "../../../../shared/inventory/inventorySchema";
import type { Referent } from "../../../../shared/inventory/referent";
import type { RowDefinition } from "../../../../shared/inventory/rowDefinition";
import type { SectionDefinition } from "../../../../shared/inventory/sectionDefinition";
import { BLOCK_DEFINITIONS, blockDefinition, type BlockKind } from "../../../../shared/inventory/siteBlocks";
import type { Submission } from "../../../../shared/inventory/submissionSchema";
import { TEMPLATE_VERSION } from "../../../../shared/inventory/templateVersion";

/** What a commune chooses and how many site configurations it describes. */
export interface SubmissionShape {
  readonly sets?: readonly SetId[];
  readonly domains?: readonly DomainNumber[];
  readonly blocks?: Partial<Record<BlockKind, number>>;
  readonly notApplicable?: readonly ("wifi" | "video")[];
}

/** The day the example inventory was drawn up, and a day of check when it is fresh. */
export const ETAT_DES_LIEUX = "2025-01-15";
export const TODAY = "2025-03-01";
export const TOTAL_AGENTS = 200;
/** In every example block: sites, and fixed + portable + tablet postes (10 + 3 + 1). */
export const SITES_PER_BLOCK = 2;
export const POSTES_PER_BLOCK = 14;

const BLOCK_QUANTITIES: Partial<Record<string, number>> = { "site.nombreSites": SITES_PER_BLOCK, "site.posteFixe": 10, "site.postePortable": 3, "site.posteTablette": 1 };

/** A complete référent. */
export function aReferent(overrides: Partial<Referent> = {}): Referent {
  return { nom: "Martin", prenom: "Claire", fonction: "DGS", telephone: "03 80 12 34 56", email: "claire.martin@mairie-exemple.fr", ...overrides };
}

/** A full answer of a row: its description where asked and a quantity (3, or 2.5 for measures). */
export function anAnswer(row: RowDefinition, quantity = row.input.quantity === "decimal" ? 2.5 : 3): Answer {
  return {
    ...(row.input.description === "optional" ? {} : { description: `${row.label} : solution en place` }),
    ...(row.input.quantity === undefined ? {} : { quantity }),
  };
}

/** A complete site-configuration block of this kind. */
export function aCompleteBlock(kind: BlockKind): Block {
  const rows = blockDefinition(kind).rows.filter((row) => row.requiredBy !== "never");
  return { answers: Object.fromEntries(rows.map((row) => [row.id, anAnswer(row, BLOCK_QUANTITIES[row.id])])) };
}

function isExpected(row: RowDefinition, section: SectionDefinition, shape: Required<SubmissionShape>): boolean {
  if (shape.notApplicable.some((id) => id === section.id)) return false;
  if (row.requiredBy === "always") return true;
  if (row.requiredBy === "C") return shape.sets.includes("C") && section.domain !== undefined && shape.domains.includes(section.domain);
  return row.requiredBy !== "never" && shape.sets.includes(row.requiredBy);
}

function totals(shape: Required<SubmissionShape>): Record<string, Answer> {
  const blockCount = BLOCK_DEFINITIONS.reduce((sum, { kind }) => sum + (shape.blocks[kind] ?? 0), 0);
  const summed = shape.sets.includes("B") || blockCount > 0;
  return {
    "reseau.totalSites": { quantity: summed ? blockCount * SITES_PER_BLOCK : 3 },
    "reseau.totalAgents": { quantity: TOTAL_AGENTS },
    "reseau.totalPostes": { quantity: summed ? blockCount * POSTES_PER_BLOCK : 40 },
  };
}

/**
 * A submission with every row the chosen sets require answered, and nothing else: totals add up,
 * one complete référent, dated {@link ETAT_DES_LIEUX}. By default sets A, B and C with domains 1,
 * 3 and 16, two fibre blocks, one "autre interconnexion" block and one isolated site.
 */
export function aCompleteSubmission(options: SubmissionShape = {}): Submission {
  const sets = options.sets ?? ["A", "B", "C"];
  const shape: Required<SubmissionShape> = {
    sets,
    domains: options.domains ?? (sets.includes("C") ? [1, 3, 16] : []),
    blocks: options.blocks ?? { fibre: 2, interconnexion: 1, isole: 1 },
    notApplicable: options.notApplicable ?? [],
  };
  const rows = SECTIONS.flatMap((section) => section.rows.filter((row) => isExpected(row, section, shape)));
  const blocks = (kind: BlockKind) => Array.from({ length: shape.blocks[kind] ?? 0 }, () => aCompleteBlock(kind));
  return {
    commune: { insee: "21231", name: "Dijon" },
    sets: [...shape.sets],
    domains: [...shape.domains],
    inventory: {
      templateVersion: TEMPLATE_VERSION,
      etatDesLieux: ETAT_DES_LIEUX,
      referents: [aReferent()],
      answers: { ...Object.fromEntries(rows.map((row) => [row.id, anAnswer(row)])), ...totals(shape) },
      blocks: { fibre: blocks("fibre"), interconnexion: blocks("interconnexion"), isole: blocks("isole") },
      notApplicable: [...shape.notApplicable],
    },
  };
}
