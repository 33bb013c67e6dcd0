import { z } from "zod";
import { isoDateSchema } from "../validation/isoDate";

const setRefs = z
  .array(z.string().regex(/^(A|B|C|C:([1-9]|1[0-6]))$/, "ensemble attendu : A, B, C ou C:<domaine 1 à 16>"))
  .min(1, "au moins un ensemble")
  .max(19);

/**
 * A later event of an adhesion (PRODUCT.md §4): withdrawal of some or all sets, exclusion notice
 * (3 months to regularise), exclusion (partial or total, possibly temporary and immediate),
 * reinstatement. `sets` absent means every set of the commune.
 */
export const lifecycleEventSchema = z.discriminatedUnion(
  "type",
  [
    z.object({ type: z.literal("retrait"), date: isoDateSchema, sets: setRefs.optional(), comment: z.string().trim().max(2000).optional() }).strict(),
    z.object({ type: z.literal("mise_en_demeure"), date: isoDateSchema, sets: setRefs.optional(), comment: z.string().trim().min(1, "motif requis").max(2000) }).strict(),
    z
      .object({
        type: z.literal("exclusion"),
        date: isoDateSchema,
        sets: setRefs.optional(),
        temporary: z.boolean().default(false),
        comment: z.string().trim().min(1, "motif requis").max(2000),
      })
      .strict(),
    z.object({ type: z.literal("reintegration"), date: isoDateSchema, sets: setRefs.optional(), comment: z.string().trim().max(2000).optional() }).strict(),
  ],
  { message: "type attendu : retrait, mise_en_demeure, exclusion ou reintegration" },
);

export type LifecycleEvent = z.output<typeof lifecycleEventSchema>;

/** French labels of the lifecycle events. */
export const LIFECYCLE_EVENT_LABELS: Readonly<Record<LifecycleEvent["type"], string>> = {
  retrait: "retrait",
  mise_en_demeure: "mise en demeure",
  exclusion: "exclusion",
  reintegration: "réintégration",
};
