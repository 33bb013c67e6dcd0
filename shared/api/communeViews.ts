import { z } from "zod";
import { daySchema, inseeSchema, instantSchema, setRefSchema } from "./common";
import { decisionViewSchema, historyEntrySchema, submissionSummarySchema } from "./submissionViews";

/** A period during which the commune adheres to a set reference (`to` exclusive, absent: still running). */
export const adhesionPeriodSchema = z.strictObject({ set: setRefSchema, from: daySchema, to: daySchema.optional() });

/** A mise en demeure in progress, as staff see it today. */
export const noticeViewSchema = z.strictObject({
  eventId: z.string(),
  date: daySchema.describe("Date de la mise en demeure"),
  deadline: daySchema.describe("Échéance : 3 mois plus tard"),
  sets: z.array(setRefSchema).describe("Ensembles encore en cause"),
  comment: z.string().optional().describe("Motifs"),
  daysLeft: z.number().int().min(0).describe("Jours avant l'échéance (0 une fois passée)"),
  exclusionPossible: z.boolean().describe("Échéance passée sans régularisation : exclusion définitive possible"),
});

/** A set reference excluded and not reinstated. */
export const exclusionViewSchema = z.strictObject({ set: setRefSchema, from: daySchema, temporary: z.boolean().describe("Temporaire (jusqu'à une réintégration) ou définitive") });

/** Where the annex's exclusion procedure stands for a commune. */
export const procedureViewSchema = z.strictObject({ notices: z.array(noticeViewSchema), exclusions: z.array(exclusionViewSchema) });

/** GET /api/communes/{insee}: where a commune stands. */
export const communeSituationSchema = z.strictObject({
  insee: inseeSchema,
  name: z.string(),
  status: z.enum(["aucun", "brouillon", "deposee", "a_corriger", "validee"]),
  statusLabel: z.string(),
  draftSavedAt: instantSchema.nullable(),
  versions: z.array(submissionSummarySchema),
  adhesions: z.array(adhesionPeriodSchema),
  notices: z.array(noticeViewSchema),
  exclusions: z.array(exclusionViewSchema),
  lastReturn: decisionViewSchema.nullable().describe("Dernier retour pour correction, avec son motif et son commentaire"),
  history: z.array(historyEntrySchema),
});

/** GET /api/communes: the EPCI's member communes. */
export const communeListSchema = z.strictObject({
  epci: z.strictObject({ siren: z.string(), name: z.string() }).nullable(),
  communes: z.array(
    z.strictObject({
      insee: inseeSchema,
      name: z.string(),
      status: z.enum(["aucun", "deposee", "a_corriger", "validee"]),
      statusLabel: z.string(),
      latestVersion: z.number().int().nullable(),
      sets: z.array(z.enum(["A", "B", "C"])),
      domains: z.array(z.number().int()),
      adhesions: z.array(adhesionPeriodSchema),
      currentSets: z.array(setRefSchema).describe("Ensembles en vigueur ce jour"),
      notices: z.array(noticeViewSchema),
      exclusions: z.array(exclusionViewSchema),
    }),
  ),
});

/** POST …/events (201): the event recorded, the adhesion periods and the procedure after it. */
export const lifecycleAnswerSchema = z.strictObject({ event: historyEntrySchema, adhesions: z.array(adhesionPeriodSchema), procedure: procedureViewSchema });

/** POST …/erasure: what was erased, and what it means for the quote-parts. */
export const erasureAnswerSchema = z.strictObject({
  insee: inseeSchema,
  erased: z.strictObject({ records: z.number().int().min(0), documents: z.number().int().min(0) }),
  message: z.string(),
});
