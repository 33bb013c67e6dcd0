import { z } from "zod";
import { isoDateSchema } from "../calendar/isoDateSchema";
import { FIXED_ROWS, SECTIONS } from "./descriptionOrganique";
import { referentSchema } from "./referent";
import type { RowDefinition } from "./rowDefinition";
import { blockDefinition, type BlockKind } from "./siteBlocks";

const optionalSectionIds = SECTIONS.filter((section) => section.optional).map((section) => section.id) as [string, ...string[]];

/** How the messages name the sites of each block kind. */
const SITES_OF: Readonly<Record<BlockKind, string>> = {
  fibre: "les sites interconnectés par fibre optique privative",
  interconnexion: "les sites à autre type d'interconnexion",
  isole: "les sites isolés",
};

/** The answer of one row: its Description and Quantité cells; an absent field is a blank cell (never 0). */
export const answerSchema = z
  .object({
    // Room for long lists (the addresses of 60 sites take ~3,000 characters); an Excel cell holds 32,767.
    description: z.string().max(10_000, "10 000 caractères au plus").optional(),
    quantity: z.number().finite().optional(),
  })
  .strict();

export type Answer = z.output<typeof answerSchema>;

/**
 * The answers of a part of the sheet, by row id: only rows of that part (`absent` says where a row
 * is missing), and a quantity only on rows with a Quantité cell — the sheet has nowhere to show
 * anything else, so it would be lost without a word.
 */
function answersSchema(rows: ReadonlyMap<string, RowDefinition>, absent: string) {
  return z.partialRecord(z.string(), answerSchema).superRefine((answers, context) => {
    for (const [id, answer] of Object.entries(answers)) {
      const row = rows.get(id);
      if (!row) context.addIssue({ code: "custom", input: id, message: `la ligne « ${id} » n'existe pas ${absent}` });
      else if (answer?.quantity !== undefined && row.input.quantity === undefined) {
        context.addIssue({ code: "custom", path: [id, "quantity"], input: answer.quantity, message: `la ligne « ${id} » n'a pas de quantité : seule sa description se renseigne` });
      }
    }
  });
}

/** One repeatable site-configuration block of a kind: the answers of the kind's rows. */
export function blockSchemaOf(kind: BlockKind) {
  const rows = new Map(blockDefinition(kind).rows.map((row) => [row.id, row] as const));
  return z.object({ answers: answersSchema(rows, `pour ${SITES_OF[kind]}`) }).strict();
}

export type Block = z.output<ReturnType<typeof blockSchemaOf>>;

const blocksOf = (kind: BlockKind) => z.array(blockSchemaOf(kind)).max(200, "200 configurations au plus");

/**
 * A description organique as filled by a commune: date of the état des lieux, référents, row
 * answers, repeatable blocks (any number of each kind, zero included) and the optional sections
 * declared "sans objet". Structure only: completeness and quality are the checks' business.
 */
export const inventorySchema = z
  .object({
    templateVersion: z.string().min(1).max(20),
    etatDesLieux: isoDateSchema.nullable(),
    referents: z.array(referentSchema).max(50, "50 référents au plus"),
    answers: answersSchema(FIXED_ROWS, "dans le modèle"),
    blocks: z.object({ fibre: blocksOf("fibre"), interconnexion: blocksOf("interconnexion"), isole: blocksOf("isole") }).strict(),
    notApplicable: z.array(z.enum(optionalSectionIds, { message: "seules les rubriques facultatives peuvent être déclarées sans objet" })).max(optionalSectionIds.length),
  })
  .strict();

export type Inventory = z.output<typeof inventorySchema>;
