import { z } from "zod";
import { isoDateSchema } from "../calendar/isoDateSchema";

const setRefs = z
  .array(z.string().regex(/^(A|B|C|C:([1-9]|1[0-6]))$/, "ensemble attendu : A, B, C ou C:<domaine 1 à 16>"))
  .min(1, "au moins un ensemble")
  .max(19);

const comment = z.string().trim().max(2000);
const reasons = z.string().trim().min(1, "motif requis").max(2000);
/** Staff confirm an event that changes a year whose quote-parts are published (PRODUCT.md §4). */
const acknowledgePublishedYears = z.boolean().optional();

/**
 * A later event of an adhesion (PRODUCT.md §4): withdrawal of some or all sets, exclusion notice
 * (mise en demeure: 3 months to regularise), régularisation (closes a notice), exclusion (definitive
 * after a notice left unanswered, or temporary and immediate), reinstatement. `sets` absent means
 * every set concerned (held at the date; under notice; excluded).
 */
export const lifecycleEventSchema = z.discriminatedUnion(
  "type",
  [
    z.object({ type: z.literal("retrait"), date: isoDateSchema, sets: setRefs.optional(), comment: comment.optional(), acknowledgePublishedYears }).strict(),
    z.object({ type: z.literal("mise_en_demeure"), date: isoDateSchema, sets: setRefs.optional(), comment: reasons }).strict(),
    z.object({ type: z.literal("regularisation"), date: isoDateSchema, sets: setRefs.optional(), comment: comment.optional() }).strict(),
    z.object({ type: z.literal("exclusion"), date: isoDateSchema, sets: setRefs.optional(), temporary: z.boolean().default(false), comment: reasons, acknowledgePublishedYears }).strict(),
    z.object({ type: z.literal("reintegration"), date: isoDateSchema, sets: setRefs.optional(), comment: comment.optional(), acknowledgePublishedYears }).strict(),
  ],
  { message: "type attendu : retrait, mise_en_demeure, regularisation, exclusion ou reintegration" },
);

export type LifecycleEvent = z.output<typeof lifecycleEventSchema>;

/** French labels of the lifecycle events. */
export const LIFECYCLE_EVENT_LABELS: Readonly<Record<LifecycleEvent["type"], string>> = {
  retrait: "retrait",
  mise_en_demeure: "mise en demeure",
  regularisation: "régularisation",
  exclusion: "exclusion",
  reintegration: "réintégration",
};
