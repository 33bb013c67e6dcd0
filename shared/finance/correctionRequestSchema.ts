import { z } from "zod";

/** Opening a correction of a published year (« annule et remplace »): its reason, as the deliberation will state it. */
export const correctionRequestSchema = z.object({ reason: z.string().trim().min(1, "motif requis (erreur constatée, délibération…)").max(2000) }).strict();
