import { z } from "zod";
import { isoDateSchema } from "../calendar/isoDateSchema";

/** Why staff return a submission. */
export const RETURN_REASONS = ["incomplete", "incorrect", "outdated"] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

/** French labels of the return reasons. */
export const RETURN_REASON_LABELS: Readonly<Record<ReturnReason, string>> = {
  incomplete: "incomplète",
  incorrect: "incorrecte",
  outdated: "périmée (état des lieux trop ancien)",
};

/** A staff decision on a submitted version: validate (effective from a date) or return with a reason and a comment. */
export const decisionSchema = z.discriminatedUnion(
  "decision",
  [
    z
      .object({
        decision: z.literal("validate"),
        effectiveFrom: isoDateSchema,
        comment: z.string().trim().max(2000).optional(),
        /** Staff confirm a validation that changes a year whose quote-parts are published (PRODUCT.md §4). */
        acknowledgePublishedYears: z.boolean().optional(),
      })
      .strict(),
    z
      .object({
        decision: z.literal("return"),
        reason: z.enum(RETURN_REASONS, { message: "motif attendu : incomplete, incorrect ou outdated" }),
        comment: z.string().trim().min(1, "commentaire requis pour un retour").max(2000),
      })
      .strict(),
  ],
  { message: "décision attendue : validate ou return" },
);

export type Decision = z.output<typeof decisionSchema>;
