import { z } from "zod";
import { isoDateSchema } from "../validation/isoDate";
import { BLOCK_ROWS, FIXED_ROWS, SECTIONS } from "./descriptionOrganique";
import { referentSchema } from "./referent";

const fixedRowIds = [...FIXED_ROWS.keys()] as [string, ...string[]];
const blockRowIds = [...BLOCK_ROWS.keys()] as [string, ...string[]];
const optionalSectionIds = SECTIONS.filter((section) => section.optional).map((section) => section.id) as [string, ...string[]];

/** The answer of one row: its Description and Quantité cells; an absent field is a blank cell (never 0). */
export const answerSchema = z
  .object({
    description: z.string().max(2000, "2000 caractères au plus").optional(),
    quantity: z.number().finite().optional(),
  })
  .strict();

export type Answer = z.output<typeof answerSchema>;

/** One repeatable site-configuration block: the answers of its rows. */
export const blockSchema = z
  .object({
    answers: z.partialRecord(z.enum(blockRowIds, { message: "ligne inconnue dans une configuration de sites" }), answerSchema),
  })
  .strict();

export type Block = z.output<typeof blockSchema>;

const blocks = z.array(blockSchema).max(200, "200 configurations au plus");

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
    answers: z.partialRecord(z.enum(fixedRowIds, { message: "ligne inconnue du modèle" }), answerSchema),
    blocks: z.object({ fibre: blocks, interconnexion: blocks, isole: blocks }).strict(),
    notApplicable: z.array(z.enum(optionalSectionIds, { message: "seules les rubriques facultatives peuvent être déclarées sans objet" })).max(optionalSectionIds.length),
  })
  .strict();

export type Inventory = z.output<typeof inventorySchema>;
